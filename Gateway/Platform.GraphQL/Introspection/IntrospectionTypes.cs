using Platform.GraphQL.Building;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Introspection;

/// <summary>The introspection types of spec §4.5 (__Schema, __Type, ...), defined with the same builder as user types.</summary>
internal static class IntrospectionTypes
{
    public static readonly HashSet<string> Names =
        ["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"];

    public static void Register(SchemaBuilder builder)
    {
        builder.Object<Schema>("__Schema", t =>
        {
            t.Description("A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
            t.Field("description", s => s.Description).Type("String");
            t.Field("types", s => s.Types).Type("[__Type!]!").Description("A list of all types supported by this server.");
            t.Field("queryType", s => s.Query).Type("__Type!").Description("The type that query operations will be rooted at.");
            t.Field("mutationType", s => s.Mutation).Type("__Type").Description("If this server supports mutation, the type that mutation operations will be rooted at.");
            t.Field("subscriptionType", s => s.Subscription).Type("__Type").Description("If this server support subscription, the type that subscription operations will be rooted at.");
            t.Field("directives", s => s.Directives).Type("[__Directive!]!").Description("A list of all directives supported by this server.");
        });
        IntrospectionTypeFields.Register(builder);
        builder.Object<FieldDefinition>("__Field", t =>
        {
            t.Description("Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
            t.Field("name", f => f.Name).Type("String!");
            t.Field("description", f => f.Description).Type("String");
            t.Field("args").Type("[__InputValue!]!").Argument("includeDeprecated", "Boolean", "false")
                .Resolve(ctx => Filter(ctx.Parent<FieldDefinition>().Arguments.Values, ctx.Argument<bool>("includeDeprecated")));
            t.Field("type", f => f.Type).Type("__Type!");
            t.Field("isDeprecated", f => f.IsDeprecated).Type("Boolean!");
            t.Field("deprecationReason", f => f.DeprecationReason).Type("String");
        });
        builder.Object<InputValueDefinition>("__InputValue", t =>
        {
            t.Description("Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
            t.Field("name", v => v.Name).Type("String!");
            t.Field("description", v => v.Description).Type("String");
            t.Field("type", v => v.Type).Type("__Type!");
            t.Field("defaultValue", v => Printing.DefaultValuePrinter.Print(v))
                .Type("String").Description("A GraphQL-formatted string representing the default value for this input value.");
            t.Field("isDeprecated", v => v.IsDeprecated).Type("Boolean!");
            t.Field("deprecationReason", v => v.DeprecationReason).Type("String");
        });
        builder.Object<EnumValueDefinition>("__EnumValue", t =>
        {
            t.Description("One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
            t.Field("name", v => v.Name).Type("String!");
            t.Field("description", v => v.Description).Type("String");
            t.Field("isDeprecated", v => v.IsDeprecated).Type("Boolean!");
            t.Field("deprecationReason", v => v.DeprecationReason).Type("String");
        });
        builder.Object<DirectiveDefinition>("__Directive", t =>
        {
            t.Description("A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");
            t.Field("name", d => d.Name).Type("String!");
            t.Field("description", d => d.Description).Type("String");
            t.Field("isRepeatable", d => d.IsRepeatable).Type("Boolean!");
            t.Field("locations", d => d.Locations.Select(SpecNames.Of).ToList()).Type("[__DirectiveLocation!]!");
            t.Field("args").Type("[__InputValue!]!").Argument("includeDeprecated", "Boolean", "false")
                .Resolve(ctx => Filter(ctx.Parent<DirectiveDefinition>().Arguments.Values, ctx.Argument<bool>("includeDeprecated")));
        });
        builder.Enum("__TypeKind", e =>
        {
            e.Description("An enum describing what kind of type a given `__Type` is.");
            foreach (var kind in Enum.GetValues<TypeKind>())
            {
                e.Value(SpecNames.Of(kind));
            }
        });
        builder.Enum("__DirectiveLocation", e =>
        {
            e.Description("A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
            foreach (var location in Enum.GetValues<DirectiveLocation>())
            {
                e.Value(SpecNames.Of(location));
            }
        });
    }

    internal static List<InputValueDefinition> Filter(IEnumerable<InputValueDefinition> values, bool includeDeprecated) =>
        values.Where(v => includeDeprecated || !v.IsDeprecated).ToList();
}
