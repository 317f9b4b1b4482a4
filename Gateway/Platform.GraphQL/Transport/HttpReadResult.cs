using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Requests;

namespace Platform.GraphQL.Transport;

/// <summary>A request read from HTTP, or the status and reason it was malformed.</summary>
internal sealed record HttpReadResult(GraphQLRequest? Request, int StatusCode = StatusCodes.Status200OK, string? Error = null)
{
    public static HttpReadResult Bad(string reason) => new(null, StatusCodes.Status400BadRequest, reason);
}
