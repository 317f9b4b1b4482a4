using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>Type system extensions (spec §3.2.2, §3.4.3, §3.6.3 and the other "extend" forms).</summary>
public sealed partial class Parser
{
    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var location = Here();
        ExpectKeyword("extend");
        var keyword = _token;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    Advance();
                    var directives = ParseDirectives(isConst: true);
                    var operations = Optional(TokenKind.BraceLeft, ParseOperationTypeDefinition, TokenKind.BraceRight);
                    if (directives.Count == 0 && operations.Count == 0)
                    {
                        throw Unexpected(_token);
                    }

                    return new SchemaExtensionNode(directives, operations) { Location = location };
                case "scalar":
                    Advance();
                    var name = ParseName();
                    var scalarDirectives = ParseDirectives(isConst: true);
                    if (scalarDirectives.Count == 0)
                    {
                        throw Unexpected(_token);
                    }

                    return new ScalarTypeExtensionNode(name, scalarDirectives) { Location = location };
                case "type":
                    Advance();
                    return ParseObjectLike(null, location, isInterface: false, isExtension: true);
                case "interface":
                    Advance();
                    return ParseObjectLike(null, location, isInterface: true, isExtension: true);
                case "union":
                    Advance();
                    return ParseUnion(null, location, isExtension: true);
                case "enum":
                    Advance();
                    return ParseEnum(null, location, isExtension: true);
                case "input":
                    Advance();
                    return ParseInputObject(null, location, isExtension: true);
            }
        }

        throw Unexpected(keyword);
    }
}
