using Platform.GraphQL.Introspection;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>Finds a field definition on a composite type, including the meta-fields.</summary>
public static class FieldLookup
{
    public static FieldDefinition? Find(Schema schema, NamedType? parentType, string name)
    {
        if (parentType is null)
        {
            return null;
        }

        if (name == "__typename")
        {
            return IntrospectionFields.TypeNameField;
        }

        if (ReferenceEquals(parentType, schema.Query) && schema.Introspection.Find(name) is { } meta)
        {
            return meta;
        }

        return parentType is ComplexType complex ? complex.Fields.GetValueOrDefault(name) : null;
    }
}
