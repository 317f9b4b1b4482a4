using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Schemas;

/// <summary>Runs the validator on a document against the pet schema and returns the error messages.</summary>
public static class Validate
{
    public static IReadOnlyList<string> Messages(string document) =>
        [.. DocumentValidator.Validate(PetSchema.Instance, Parser.Parse(document)).Select(e => e.Message)];
}
