using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>Operations, fragments, selections, values, directives and type references (spec §2.3–§2.12).</summary>
public sealed partial class Parser
{
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var location = Here();
        if (Peek(TokenKind.BraceLeft))
        {
            return new OperationDefinitionNode(OperationType.Query, null, [], [], ParseSelectionSet()) { Location = location };
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = Optional(TokenKind.ParenLeft, ParseVariableDefinition, TokenKind.ParenRight);
        var directives = ParseDirectives(isConst: false);
        return new OperationDefinitionNode(operation, name, variables, directives, ParseSelectionSet()) { Location = location };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var location = Here();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new VariableDefinitionNode(name, type, defaultValue, ParseDirectives(isConst: true)) { Location = location };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var location = Here();
        EnterNesting();
        var selections = Many(TokenKind.BraceLeft, ParseSelection, TokenKind.BraceRight);
        LeaveNesting();
        return new SelectionSetNode(selections) { Location = location };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var location = Here();
        var nameOrAlias = ParseName();
        string? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = location };
    }

    private List<ArgumentNode> ParseArguments(bool isConst) =>
        Optional(TokenKind.ParenLeft, () => ParseArgument(isConst), TokenKind.ParenRight);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var location = Here();
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst)) { Location = location };
    }

    private SelectionNode ParseFragment()
    {
        var location = Here();
        Expect(TokenKind.Spread);
        var hasTypeCondition = PeekKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode(ParseFragmentName(), ParseDirectives(isConst: false)) { Location = location };
        }

        NamedTypeNode? typeCondition = null;
        if (hasTypeCondition)
        {
            Advance();
            typeCondition = ParseNamedType();
        }

        return new InlineFragmentNode(typeCondition, ParseDirectives(isConst: false), ParseSelectionSet()) { Location = location };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var location = Here();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        return new FragmentDefinitionNode(name, typeCondition, ParseDirectives(isConst: false), ParseSelectionSet()) { Location = location };
    }

    private string ParseFragmentName()
    {
        if (PeekKeyword("on"))
        {
            throw Unexpected(_token);
        }

        return ParseName();
    }

    private List<DirectiveNode> ParseDirectives(bool isConst)
    {
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var location = Here();
            Advance();
            var name = ParseName();
            directives.Add(new DirectiveNode(name, ParseArguments(isConst)) { Location = location });
        }

        return directives;
    }

    private TypeNode ParseTypeReference()
    {
        var location = Here();
        TypeNode type;
        if (Skip(TokenKind.BracketLeft))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            LeaveNesting();
            type = new ListTypeNode(inner) { Location = location };
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = location } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var location = Here();
        return new NamedTypeNode(ParseName()) { Location = location };
    }
}
