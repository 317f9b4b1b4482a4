using System.Text;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>Prints a syntax tree back to GraphQL text in graphql-js <c>print</c> layout.</summary>
public static partial class Printer
{
    /// <summary>Prints any node.</summary>
    public static string Print(SyntaxNode node) => node switch
    {
        DocumentNode d => string.Join("\n\n", d.Definitions.Select(Print)),
        OperationDefinitionNode o => PrintOperation(o),
        FragmentDefinitionNode f => Join(["fragment", f.Name, "on", f.TypeCondition.Name, Directives(f.Directives), Print(f.SelectionSet)], " "),
        SelectionSetNode s => Block(s.Selections.Select(Print)),
        FieldNode f => PrintField(f),
        FragmentSpreadNode s => "..." + s.Name + Wrap(" ", Directives(s.Directives)),
        InlineFragmentNode i => Join(["...", i.TypeCondition is null ? string.Empty : "on " + i.TypeCondition.Name, Directives(i.Directives), Print(i.SelectionSet)], " "),
        ArgumentNode a => a.Name + ": " + Print(a.Value),
        DirectiveNode d => "@" + d.Name + Wrap("(", string.Join(", ", d.Arguments.Select(Print)), ")"),
        VariableDefinitionNode v => "$" + v.Name + ": " + Print(v.Type) + Wrap(" = ", v.DefaultValue is null ? string.Empty : Print(v.DefaultValue)) + Wrap(" ", Directives(v.Directives)),
        VariableNode v => "$" + v.Name,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode s => s.Block ? BlockString.Print(s.Value) : PrintString(s.Value),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode l => "[" + string.Join(", ", l.Values.Select(Print)) + "]",
        ObjectValueNode o => "{" + string.Join(", ", o.Fields.Select(Print)) + "}",
        ObjectFieldNode f => f.Name + ": " + Print(f.Value),
        NamedTypeNode n => n.Name,
        ListTypeNode l => "[" + Print(l.Type) + "]",
        NonNullTypeNode n => Print(n.Type) + "!",
        _ => PrintTypeSystem(node),
    };

    /// <summary>Prints a value the way graphql-js prints a default value (strings never as block strings).</summary>
    public static string PrintValue(ValueNode value) => value switch
    {
        StringValueNode s => PrintString(s.Value),
        ListValueNode l => "[" + string.Join(", ", l.Values.Select(PrintValue)) + "]",
        ObjectValueNode o => "{" + string.Join(", ", o.Fields.Select(f => f.Name + ": " + PrintValue(f.Value))) + "}",
        _ => Print(value),
    };

    /// <summary>Prints a string literal with graphql-js escaping.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string PrintOperation(OperationDefinitionNode o)
    {
        var operation = o.Operation.ToString().ToLowerInvariant();
        var variables = Wrap("(", string.Join(", ", o.VariableDefinitions.Select(Print)), ")");
        var directives = Directives(o.Directives);
        var selectionSet = Print(o.SelectionSet);
        if (o.Name is null && directives.Length == 0 && variables.Length == 0 && o.Operation == OperationType.Query)
        {
            return selectionSet;
        }

        return Join([operation, Join([o.Name ?? string.Empty, variables], string.Empty), directives, selectionSet], " ");
    }

    private static string PrintField(FieldNode f)
    {
        var prefix = Wrap(string.Empty, f.Alias ?? string.Empty, ": ") + f.Name;
        var args = string.Join(", ", f.Arguments.Select(Print));
        var head = prefix + Wrap("(", args, ")");
        if (head.Length > 80)
        {
            head = prefix + Wrap("(\n", Indent(string.Join("\n", f.Arguments.Select(Print))), "\n)");
        }

        return Join([head, Directives(f.Directives), f.SelectionSet is null ? string.Empty : Print(f.SelectionSet)], " ");
    }

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => string.Join(" ", directives.Select(Print));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : "{\n" + Indent(string.Join("\n", list)) + "\n}";
    }

    private static string Indent(string text) => text.Length == 0 ? text : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static string Wrap(string start, string value, string end = "") => value.Length == 0 ? string.Empty : start + value + end;

    private static string Join(IEnumerable<string> parts, string separator) =>
        string.Join(separator, parts.Where(p => p.Length > 0));
}
