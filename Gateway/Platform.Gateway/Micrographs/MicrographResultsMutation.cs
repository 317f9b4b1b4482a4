using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Gateway.ExternalResults;
using Platform.Grains.Errors;
using Platform.Grains.Micrographs;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.Micrographs;

/// <summary>
/// <c>submitMicrographResults(sessionId, results)</c>: an external pipeline (RELION, cryoSPARC, a script) posts per-micrograph
/// results with a results-client token; they are merged into the session's micrograph table beside the agent's, under the
/// client's registered name as source (taken from the token, so a client cannot write as another source). All results are
/// validated before any is recorded: one bad value records none.
/// </summary>
public static class MicrographResultsMutation
{
    public const int MaxResultsPerCall = 500;

    public static void Describe(SchemaBuilder schema)
    {
        UserErrorTypes.Payload<IReadOnlyList<MicrographView>>(schema, "SubmitMicrographResultsPayload", "micrographs", "[Micrograph!]");
        schema.Mutation(m => m.Field("submitMicrographResults").Type("SubmitMicrographResultsPayload!")
            .Argument("sessionId", "ID!", description: "Global id of a session of the client's facility.")
            .Argument("results", "[MicrographResultInput!]!", description: $"1 to {MaxResultsPerCall} micrographs.")
            .Description("For results clients (client_credentials tokens of an external pipeline): records per-micrograph results under the client's name as source. "
                + "A session of another facility is a NotFoundError; any invalid value is a ValidationError (results.N.field) and nothing is recorded.")
            .Authorize(Rules.ResultsClientsOnly)
            .Resolve(SubmitAsync));
    }

    private static async Task<MutationPayload<IReadOnlyList<MicrographView>>> SubmitAsync(ResolverContext context)
    {
        return await UserErrors.RunAsync(async () =>
        {
            var (session, source) = await ResultsClientSession.ResolveAsync(context).ConfigureAwait(false);
            var inputs = context.Argument<List<object?>>("results")!.Cast<IReadOnlyDictionary<string, object?>>().ToList();
            if (inputs.Count is 0 or > MaxResultsPerCall)
            {
                throw new InvalidInputException([new FieldError("results", $"must hold 1 to {MaxResultsPerCall} micrographs")]);
            }

            var errors = new List<FieldError>();
            var results = new List<MicrographResult>(inputs.Count);
            for (var i = 0; i < inputs.Count; i++)
            {
                try
                {
                    results.Add(MicrographResultInput.Read(inputs[i], $"results.{i}."));
                }
                catch (InvalidInputException invalid)
                {
                    errors.AddRange(invalid.Errors);
                }
            }

            foreach (var duplicate in results.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                errors.Add(new FieldError("results", $"micrograph '{duplicate.Key}' appears more than once"));
            }

            InvalidInputException.ThrowIfAny(errors);
            var grains = context.Service<IGrainFactory>();
            var recorded = new List<MicrographView>(results.Count);
            foreach (var result in results)
            {
                recorded.Add((await MicrographIngestion.RecordAsync(grains, session, source, result).ConfigureAwait(false)).Micrograph);
            }

            return (IReadOnlyList<MicrographView>)recorded;
        }).ConfigureAwait(false);
    }
}
