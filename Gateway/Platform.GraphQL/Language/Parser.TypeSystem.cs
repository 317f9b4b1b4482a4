using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>Type system definitions and extensions (spec §3).</summary>
public sealed partial class Parser
{
    private static readonly HashSet<string> _directiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private TypeSystemDefinitionNode ParseTypeSystemDefinition()
    {
        var location = Here();
        var description = ParseDescription();
        var keyword = _token;
        switch (keyword.Value)
        {
            case "schema":
                Advance();
                var directives = ParseDirectives(isConst: true);
                var operations = Many(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
                return new SchemaDefinitionNode(description, directives, operations) { Location = location };
            case "scalar":
                Advance();
                return new ScalarTypeDefinitionNode(description, ParseName(), ParseDirectives(isConst: true)) { Location = location };
            case "type":
                Advance();
                return ParseObjectLike(description, location, isInterface: false, isExtension: false);
            case "interface":
                Advance();
                return ParseObjectLike(description, location, isInterface: true, isExtension: false);
            case "union":
                Advance();
                return ParseUnion(description, location, isExtension: false);
            case "enum":
                Advance();
                return ParseEnum(description, location, isExtension: false);
            case "input":
                Advance();
                return ParseInputObject(description, location, isExtension: false);
            default:
                Advance();
                return ParseDirectiveDefinition(description, location);
        }
    }

    private string? ParseDescription()
    {
        if (Peek(TokenKind.String) || Peek(TokenKind.BlockString))
        {
            var value = _token.Value;
            Advance();
            return value;
        }

        return null;
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var location = Here();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType()) { Location = location };
    }

    private TypeDefinitionNode ParseObjectLike(string? description, SourceLocation location, bool isInterface, bool isExtension)
    {
        var name = ParseName();
        var interfaces = new List<NamedTypeNode>();
        if (SkipKeyword("implements"))
        {
            Skip(TokenKind.Ampersand);
            do
            {
                interfaces.Add(ParseNamedType());
            }
            while (Skip(TokenKind.Ampersand));
        }

        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (isExtension && interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(_token);
        }

        return isInterface
            ? new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, isExtension) { Location = location }
            : new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, isExtension) { Location = location };
    }

    private List<FieldDefinitionNode> ParseFieldsDefinition()
    {
        // An empty "{}" is a syntax error; Many requires at least one item.
        return Optional(TokenKind.BraceLeft, ParseFieldDefinition, TokenKind.BraceRight);
    }

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var location = Here();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = Optional(TokenKind.ParenLeft, ParseInputValueDefinition, TokenKind.ParenRight);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(isConst: true)) { Location = location };
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var location = Here();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(isConst: true)) { Location = location };
    }

    private UnionTypeDefinitionNode ParseUnion(string? description, SourceLocation location, bool isExtension)
    {
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = new List<NamedTypeNode>();
        if (Skip(TokenKind.Equals))
        {
            Skip(TokenKind.Pipe);
            do
            {
                types.Add(ParseNamedType());
            }
            while (Skip(TokenKind.Pipe));
        }

        if (isExtension && directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected(_token);
        }

        return new UnionTypeDefinitionNode(description, name, directives, types, isExtension) { Location = location };
    }

    private EnumTypeDefinitionNode ParseEnum(string? description, SourceLocation location, bool isExtension)
    {
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = Optional(TokenKind.BraceLeft, ParseEnumValueDefinition, TokenKind.BraceRight);
        if (isExtension && directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected(_token);
        }

        return new EnumTypeDefinitionNode(description, name, directives, values, isExtension) { Location = location };
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var location = Here();
        var description = ParseDescription();
        var token = _token;
        var name = ParseName();
        if (name is "true" or "false" or "null")
        {
            throw Error(token, $"{token.Describe()} is reserved and cannot be used for an enum value.");
        }

        return new EnumValueDefinitionNode(description, name, ParseDirectives(isConst: true)) { Location = location };
    }

    private InputObjectTypeDefinitionNode ParseInputObject(string? description, SourceLocation location, bool isExtension)
    {
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = Optional(TokenKind.BraceLeft, ParseInputValueDefinition, TokenKind.BraceRight);
        if (isExtension && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(_token);
        }

        return new InputObjectTypeDefinitionNode(description, name, directives, fields, isExtension) { Location = location };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition(string? description, SourceLocation location)
    {
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = Optional(TokenKind.ParenLeft, ParseInputValueDefinition, TokenKind.ParenRight);
        var repeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        Skip(TokenKind.Pipe);
        var locations = new List<string>();
        do
        {
            var token = _token;
            var value = ParseName();
            if (!_directiveLocations.Contains(value))
            {
                throw Unexpected(token);
            }

            locations.Add(value);
        }
        while (Skip(TokenKind.Pipe));

        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = location };
    }
}
