using Platform.GraphQL.Types;

namespace Platform.GraphQL.Introspection;

/// <summary>The implicit meta-fields: <c>__schema</c> and <c>__type</c> on the query root, <c>__typename</c> everywhere.</summary>
public sealed class IntrospectionFields
{
    internal IntrospectionFields(FieldDefinition schema, FieldDefinition type)
    {
        SchemaField = schema;
        TypeField = type;
    }

    public FieldDefinition SchemaField { get; }

    public FieldDefinition TypeField { get; }

    public static FieldDefinition TypeNameField { get; } = new(
        "__typename",
        "The name of the current Object type at runtime.",
        new NonNullType(BuiltInScalars.String),
        new Dictionary<string, InputValueDefinition>(),
        null);

    /// <summary>The meta-field of that name on the query root, or null.</summary>
    public FieldDefinition? Find(string name) => name switch
    {
        "__schema" => SchemaField,
        "__type" => TypeField,
        _ => null,
    };

    internal static IntrospectionFields Create(NamedType schemaType, NamedType typeType)
    {
        var schemaField = new FieldDefinition("__schema", "Access the current type schema of this server.", new NonNullType(schemaType), new Dictionary<string, InputValueDefinition>(), null)
        {
            Resolver = ctx => new ValueTask<object?>(ctx.Request.Schema),
        };
        var nameArgument = new InputValueDefinition("name", null, new NonNullType(BuiltInScalars.String), null, null, null);
        var typeField = new FieldDefinition("__type", "Request the type information of a single type.", typeType, new Dictionary<string, InputValueDefinition> { ["name"] = nameArgument }, null)
        {
            Resolver = ctx => new ValueTask<object?>(ctx.Request.Schema.GetType(ctx.Argument<string>("name")!)),
        };
        return new IntrospectionFields(schemaField, typeField);
    }
}
