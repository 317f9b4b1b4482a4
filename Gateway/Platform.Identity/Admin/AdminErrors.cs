using Microsoft.AspNetCore.Http;
using Platform.Grains.Errors;

namespace Platform.Identity.Admin;

/// <summary>
/// Maps the platform's typed errors to JSON responses: <c>{"code", "message", "errors": [{field, reason}]}</c> with
/// 400 (invalid input), 403 (role too low), 404 (unknown, or another facility's), 409 (exists / wrong state).
/// </summary>
public sealed class AdminErrors : IEndpointFilter
{
    public static IResult Forbidden(string message) =>
        Results.Json(new { code = "FORBIDDEN", message }, statusCode: StatusCodes.Status403Forbidden);

    public static IResult NotFound(string kind, string id) => From(new NotFoundException(kind, id));

    public static IResult From(DomainException error) => Results.Json(
        new
        {
            code = error.Code,
            message = error.Message,
            errors = error is InvalidInputException invalid ? invalid.Errors.Select(e => new { field = e.Field, reason = e.Reason }).ToArray() : [],
        },
        statusCode: error switch
        {
            NotFoundException => StatusCodes.Status404NotFound,
            InvalidInputException => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        });

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (DomainException error)
        {
            return From(error);
        }
    }
}
