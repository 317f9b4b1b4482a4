using System.Globalization;
using System.Text;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Relay;

/// <summary>The Relay paging arguments of a field, validated against <see cref="PagingOptions"/>.</summary>
public sealed record ConnectionArguments(int? First, string? After, int? Last, string? Before)
{
    /// <summary>Reads first/after/last/before from a resolver context; throws PAGE_SIZE_EXCEEDED or BAD_USER_INPUT on bad values.</summary>
    public static ConnectionArguments From(ResolverContext context, PagingOptions? options = null)
    {
        options ??= PagingOptions.Default;
        var arguments = new ConnectionArguments(context.Argument<int?>("first"), context.Argument<string>("after"), context.Argument<int?>("last"), context.Argument<string>("before"));
        foreach (var (name, value) in new[] { ("first", arguments.First), ("last", arguments.Last) })
        {
            if (value < 0)
            {
                throw new GraphQLException($"\"{name}\" must not be negative.", ErrorCodes.BadUserInput);
            }

            if (value > options.MaxPageSize)
            {
                throw new GraphQLException(
                    $"\"{name}\" is {value}; the maximum page size is {options.MaxPageSize}.",
                    ErrorCodes.PageSizeExceeded,
                    new Dictionary<string, object?> { ["maxPageSize"] = options.MaxPageSize, ["requested"] = value });
            }
        }

        return arguments.First is null && arguments.Last is null ? arguments with { First = options.DefaultPageSize } : arguments;
    }

    /// <summary>The cursor of the item at an offset in the full list.</summary>
    public static string EncodeCursor(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset a cursor stands for; throws INVALID_CURSOR when it is not one of ours.</summary>
    public static int DecodeCursor(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("offset:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Reported below.
        }

        throw new GraphQLException($"\"{cursor}\" is not a valid cursor.", ErrorCodes.InvalidCursor);
    }
}
