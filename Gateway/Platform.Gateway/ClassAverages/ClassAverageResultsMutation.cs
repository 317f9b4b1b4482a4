using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Gateway.ExternalResults;
using Platform.Grains.ClassAverages;
using Platform.Grains.Errors;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.ClassAverages;

/// <summary>
/// <c>submitClassAverages(sessionId, classAverages)</c>: an external pipeline posts its current 2D class averages (PNGs in
/// base64, as the agent's report) with a results-client token. Stored by the one ingestion method,
/// <see cref="IClassAveragesGrain.ReplaceAsync"/>, under the client's name as source, beside the agent's set. Everything is
/// validated before anything is stored; a resend with the same idempotency key changes nothing and returns the current set.
/// </summary>
public static class ClassAverageResultsMutation
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.InputObject("ClassAveragesResultInput", i => i
            .Description("An external pipeline's current class averages; the set replaces the previous one from the same client.")
            .Field("idempotencyKey", "String!", description: "The client's key for this set, 1–200 characters; a resend with the same key is applied once.")
            .Field("iteration", "Int", description: "The pipeline's own iteration number (≥ 0), shown as sourceIteration.")
            .Field("particleCount", "Int!", description: "Particles classified so far (≥ 0).")
            .Field("pixelSizeAngstrom", "Float!", description: "Pixel size of the class images in Å (> 0).")
            .Field("boxPixels", "Int!", description: "Side of the class images, 8 to 1024.")
            .Field("classes", "[ClassAverageInput!]!", description: $"1 to {ClassAveragesSubmission.MaxClasses} classes."));
        UserErrorTypes.Payload<ClassAveragesView>(schema, "SubmitClassAveragesPayload", "classAverages", "ClassAverages");
        schema.Mutation(m => m.Field("submitClassAverages").Type("SubmitClassAveragesPayload!")
            .Argument("sessionId", "ID!", description: "Global id of a session of the client's facility.")
            .Argument("classAverages", "ClassAveragesResultInput!")
            .Description("For results clients (client_credentials tokens of an external pipeline): stores 2D class averages under the client's name as source. "
                + "A session of another facility is a NotFoundError; any invalid value is a ValidationError and nothing is stored.")
            .Authorize(Rules.ResultsClientsOnly)
            .Resolve(SubmitAsync));
    }

    private static async Task<MutationPayload<ClassAveragesView>> SubmitAsync(ResolverContext context) =>
        await UserErrors.RunAsync(async () =>
        {
            var (session, source) = await ResultsClientSession.ResolveAsync(context).ConfigureAwait(false);
            var input = context.Argument<IReadOnlyDictionary<string, object?>>("classAverages")!;
            var submission = new ClassAveragesSubmission(session.FacilityId, session.Id, source, input["idempotencyKey"] as string ?? "",
                Convert.ToInt64(input["particleCount"], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToDouble(input["pixelSizeAngstrom"], System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt32(input["boxPixels"], System.Globalization.CultureInfo.InvariantCulture),
                Classes(input), input.GetValueOrDefault("iteration") is { } iteration ? Convert.ToInt64(iteration, System.Globalization.CultureInfo.InvariantCulture) : null);
            InvalidInputException.ThrowIfAny(submission.Validate().Select(e => e with { Field = "classAverages." + e.Field }).ToList());
            var grain = context.Service<IGrainFactory>().GetGrain<IClassAveragesGrain>(ClassAveragesKeys.For(session.Id, source));
            await grain.ReplaceAsync(submission).ConfigureAwait(false);
            return (await grain.GetAsync().ConfigureAwait(false))!;
        }).ConfigureAwait(false);

    /// <summary>The classes with their PNGs decoded; text that is not base64 is a ValidationError naming the class.</summary>
    private static List<ClassAverageUpload> Classes(IReadOnlyDictionary<string, object?> input)
    {
        var (classes, notBase64) = ClassAverageInputs.Decode(input["classes"]);
        InvalidInputException.ThrowIfAny(notBase64.Select(c => new FieldError($"classAverages.classes.{c.Index}.pngBase64", "is not base64")).ToList());
        return classes;
    }
}
