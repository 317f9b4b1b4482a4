using Platform.Gateway.Bookings;
using Platform.Gateway.Micrographs;
using Platform.Gateway.Microscopes;
using Platform.Gateway.Sessions;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Authorization;

/// <summary>The objects mutation and root fields act on, read through the visibility-aware loaders (so unknown and invisible look alike).</summary>
public static class AccessTargets
{
    /// <summary>The session whose global id is the mutation input's <paramref name="field"/>.</summary>
    public static AccessTarget SessionInInput(string field = "sessionId") =>
        new($"the session in input.{field}", async context => (await SessionQueries.FindAsync(context, InputString(context, field)).ConfigureAwait(false))?.FacilityId);

    /// <summary>The session whose global id is the field's <paramref name="argument"/>.</summary>
    public static AccessTarget SessionArgument(string argument = "sessionId") =>
        new($"the session in {argument}", async context => (await SessionQueries.FindAsync(context, context.Argument<string>(argument)).ConfigureAwait(false))?.FacilityId);

    public static AccessTarget BookingInInput(string field) =>
        new($"the booking in input.{field}", async context => (await BookingQueries.FindAsync(context, InputString(context, field)).ConfigureAwait(false))?.FacilityId);

    public static AccessTarget MicroscopeInInput(string field) =>
        new($"the microscope in input.{field}", async context => (await MicroscopeQueries.FindAsync(context, InputString(context, field)).ConfigureAwait(false))?.Registration.FacilityId);

    /// <summary>The micrograph whose plain key is the field's <paramref name="argument"/> (through its session).</summary>
    public static AccessTarget MicrographArgument(string argument) =>
        new($"the micrograph in {argument}", async context =>
            MicrographFilterSchema.CanonicalKey(context.Argument<string>(argument) ?? "") is { } key
            && await MicrographQueries.LoadAsync(context, key).ConfigureAwait(false) is { } micrograph
                ? (await SessionQueries.LoadAsync(context, micrograph.SessionId).ConfigureAwait(false))?.FacilityId
                : null);

    private static string? InputString(ResolverContext context, string field) =>
        context.Argument<IReadOnlyDictionary<string, object?>>("input")?.GetValueOrDefault(field) as string;
}
