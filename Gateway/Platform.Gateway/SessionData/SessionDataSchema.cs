using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Gateway.Sessions;
using Platform.Grains.SessionData;
using Platform.Grains.Sessions;
using Platform.GraphQL.Authorization;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.Identity.Claims;

namespace Platform.Gateway.SessionData;

/// <summary>
/// GraphQL: a session's stored files with time-limited download links (<c>Session.files</c>) and the signed grants
/// agents upload with and users download with (<c>requestSessionDataGrant</c>). The bytes never pass through GraphQL.
/// </summary>
public static class SessionDataSchema
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("SessionDataAccess", e => e
            .Description("What a session data grant allows.")
            .Value("READ", SessionDataAccess.Read, "Download the session's files.")
            .Value("WRITE", SessionDataAccess.Write, "Upload new files (the agent's transfer track)."));
        schema.Object<SessionFile>("SessionFile", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One stored file of a session.");
            t.Field("path", f => f.Path).Type("String!").Description("Path under the session's folder, e.g. grid_1/movie_0001.tif.");
            t.Field("sizeBytes", f => (double)f.SizeBytes).Type("Float!").Description("Size in bytes (a Float: files pass 2 GiB).");
            t.Field("downloadUrl", f => f.DownloadUrl).Type("String!").Description("Time-limited link; relative to the platform's URL on the filesystem backend.");
            t.Field("downloadExpiresAt", f => f.DownloadExpiresAtUtc).Type("DateTime!");
        });
        schema.Connection<SessionFile>("SessionFile");
        schema.Object<SessionDataGrant>("SessionDataGrant", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A signed, time-limited permission on one session's files only. Present the token to POST /blobs/sas (Azure) or as ?token= on GET /files/{path}.");
            t.Field("backend", g => g.Backend).Type("String!").Description("azure or filesystem.");
            t.Field("prefix", g => g.Prefix).Type("String!").Description("The folder the grant covers: facility/session/.");
            t.Field("access", g => g.Access).Type("SessionDataAccess!");
            t.Field("expiresAt", g => g.ExpiresAtUtc).Type("DateTime!");
            t.Field("token", g => g.Token).Type("String!");
            t.Field("containerUrl", g => g.ContainerUri).Type("String").Description("Azure: the container's URL.");
        });
        UserErrorTypes.Payload<SessionDataGrant>(schema, "SessionDataGrantPayload", "grant", "SessionDataGrant");
        schema.InputObject("SessionDataGrantInput", i => i
            .Description("Which session's files, and read or write.")
            .Field("sessionId", "ID!", description: "Global id of the session.")
            .Field("access", "SessionDataAccess!", description: "READ to download, WRITE to upload."));
        schema.Object<SessionView>("Session", t => t.Field("files").Type("SessionFileConnection!")
            .Description("The session's stored files in path order, with download links (first: default 10, at most 100).")
            .Argument("first", "Int", description: "Returns the first n files (default 10, at most 100).")
            .Argument("after", "String", description: "Returns the files after this cursor.")
            .Resolve(FilesAsync));
        schema.Mutation(m => m.Field("requestSessionDataGrant").Type("SessionDataGrantPayload!").Argument("input", "SessionDataGrantInput!")
            .Description("A time-limited grant on one session's files: READ for downloads, WRITE for the agent's uploads.")
            .Authorize(GrantRule)
            .Resolve(ctx => UserErrors.RunAsync(async () =>
            {
                var input = SessionMutations.Input(ctx);
                var session = await (await SessionMutations.GrainAsync(ctx, (string)input["sessionId"]!).ConfigureAwait(false)).GetAsync().ConfigureAwait(false);
                return await ctx.Service<ISessionDataStore>().IssueGrantAsync(session.FacilityId, session.Id, (SessionDataAccess)input["access"]!, ctx.CancellationToken).ConfigureAwait(false);
            })));
    }

    /// <summary>READ: anyone who sees the session (its users, staff, its microscope's agent); WRITE: only that agent.</summary>
    private static FieldRule GrantRule { get; } = Rules.Custom("READ: anyone who sees the session; WRITE: the agent of its microscope", async (context, caller) =>
    {
        if (!caller.IsAuthenticated)
        {
            return Denials.Unauthenticated;
        }

        var write = SessionMutations.Input(context)["access"] is SessionDataAccess.Write;
        if (!write || caller.Kind == CallerKind.Agent)
        {
            // Unknown or invisible sessions (another microscope's, for an agent) answer NotFoundError in the payload.
            return FieldDecision.Allowed;
        }

        return await AccessTargets.SessionInInput().FacilityOf(context).ConfigureAwait(false) is null
            ? FieldDecision.Allowed
            : Denials.Forbidden("Only the edge agent of the session's microscope may upload (WRITE).");
    });

    private static async Task<Connection<SessionFile>> FilesAsync(ResolverContext context)
    {
        var session = context.Parent<SessionView>();
        var arguments = ConnectionArguments.From(context);
        var page = await context.Service<ISessionDataStore>().ListFilesAsync(session.FacilityId, session.Id, arguments.First ?? PagingOptions.Default.DefaultPageSize, arguments.After, context.CancellationToken).ConfigureAwait(false);
        var edges = page.Files.Select(f => new Edge<SessionFile>(f.Path, f)).ToList();
        return new Connection<SessionFile>(edges, new PageInfo(page.ContinuationToken is not null, arguments.After is not null, edges.FirstOrDefault()?.Cursor, page.ContinuationToken ?? edges.LastOrDefault()?.Cursor), null);
    }
}
