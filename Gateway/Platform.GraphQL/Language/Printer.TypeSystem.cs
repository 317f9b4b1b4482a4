using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>Printing of type system definitions and extensions.</summary>
public static partial class Printer
{
    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode s => WithDescription(s.Description, Join(["schema", Directives(s.Directives), Block(s.OperationTypes.Select(Print))], " ")),
        SchemaExtensionNode s => Join(["extend schema", Directives(s.Directives), Block(s.OperationTypes.Select(Print))], " "),
        OperationTypeDefinitionNode o => o.Operation.ToString().ToLowerInvariant() + ": " + o.Type.Name,
        ScalarTypeDefinitionNode s => WithDescription(s.Description, Join(["scalar", s.Name, Directives(s.Directives)], " ")),
        ScalarTypeExtensionNode s => Join(["extend scalar", s.Name, Directives(s.Directives)], " "),
        ObjectTypeDefinitionNode o => Extend(o.IsExtension, WithDescription(o.Description, Join(["type", o.Name, Implements(o.Interfaces), Directives(o.Directives), Block(o.Fields.Select(Print))], " "))),
        InterfaceTypeDefinitionNode i => Extend(i.IsExtension, WithDescription(i.Description, Join(["interface", i.Name, Implements(i.Interfaces), Directives(i.Directives), Block(i.Fields.Select(Print))], " "))),
        UnionTypeDefinitionNode u => Extend(u.IsExtension, WithDescription(u.Description, Join(["union", u.Name, Directives(u.Directives), u.Types.Count == 0 ? string.Empty : "= " + string.Join(" | ", u.Types.Select(t => t.Name))], " "))),
        EnumTypeDefinitionNode e => Extend(e.IsExtension, WithDescription(e.Description, Join(["enum", e.Name, Directives(e.Directives), Block(e.Values.Select(Print))], " "))),
        EnumValueDefinitionNode v => WithDescription(v.Description, Join([v.Name, Directives(v.Directives)], " ")),
        InputObjectTypeDefinitionNode i => Extend(i.IsExtension, WithDescription(i.Description, Join(["input", i.Name, Directives(i.Directives), Block(i.Fields.Select(Print))], " "))),
        FieldDefinitionNode f => WithDescription(f.Description, f.Name + Arguments(f.Arguments) + ": " + Print(f.Type) + Wrap(" ", Directives(f.Directives))),
        InputValueDefinitionNode v => WithDescription(v.Description, Join([v.Name + ": " + Print(v.Type), v.DefaultValue is null ? string.Empty : "= " + Print(v.DefaultValue), Directives(v.Directives)], " ")),
        DirectiveDefinitionNode d => WithDescription(d.Description, "directive @" + d.Name + Arguments(d.Arguments) + (d.Repeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", d.Locations)),
        _ => throw new ArgumentException($"Cannot print node of type {node.GetType().Name}.", nameof(node)),
    };

    private static string Arguments(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        var printed = arguments.Select(Print).ToList();
        return printed.Any(p => p.Contains('\n', StringComparison.Ordinal))
            ? "(\n" + Indent(string.Join("\n", printed)) + "\n)"
            : "(" + string.Join(", ", printed) + ")";
    }

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        interfaces.Count == 0 ? string.Empty : "implements " + string.Join(" & ", interfaces.Select(i => i.Name));

    private static string WithDescription(string? description, string text) =>
        description is null ? text : BlockString.Print(description) + "\n" + text;

    private static string Extend(bool isExtension, string text) => isExtension ? "extend " + text : text;
}
