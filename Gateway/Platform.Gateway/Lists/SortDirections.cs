using Platform.GraphQL.Building;

namespace Platform.Gateway.Lists;

/// <summary>The shared <c>SortDirection</c> enum of every <c>order</c> input.</summary>
public static class SortDirections
{
    public const string Ascending = "ASC";
    public const string Descending = "DESC";

    public static void Describe(SchemaBuilder schema) =>
        schema.Enum("SortDirection", e => e
            .Description("Direction of one sort key.")
            .Value(Ascending, Ascending, "Smallest (or earliest) first; nulls first.")
            .Value(Descending, Descending, "Largest (or latest) first; nulls last."));
}
