using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>Input values, constant and variable (spec §2.9).</summary>
public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        var location = Here();
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                EnterNesting();
                Advance();
                var values = new List<ValueNode>();
                while (!Skip(TokenKind.BracketRight))
                {
                    values.Add(ParseValueLiteral(isConst));
                }

                LeaveNesting();
                return new ListValueNode(values) { Location = location };
            case TokenKind.BraceLeft:
                EnterNesting();
                Advance();
                var fields = new List<ObjectFieldNode>();
                while (!Skip(TokenKind.BraceRight))
                {
                    var fieldLocation = Here();
                    var name = ParseName();
                    Expect(TokenKind.Colon);
                    fields.Add(new ObjectFieldNode(name, ParseValueLiteral(isConst)) { Location = fieldLocation });
                }

                LeaveNesting();
                return new ObjectValueNode(fields) { Location = location };
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = location };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = location };
            case TokenKind.String or TokenKind.BlockString:
                Advance();
                return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = location };
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = location },
                    "false" => new BooleanValueNode(false) { Location = location },
                    "null" => new NullValueNode { Location = location },
                    _ => new EnumValueNode(token.Value!) { Location = location },
                };
            case TokenKind.Dollar when !isConst:
                Advance();
                return new VariableNode(ParseName()) { Location = location };
            case TokenKind.Dollar:
                var next = _lexer.PeekAfterCurrent();
                if (next.Kind == TokenKind.Name)
                {
                    throw Error(token, $"Unexpected variable \"${next.Value}\" in constant value.");
                }

                throw Unexpected(token);
            default:
                throw Unexpected(token);
        }
    }
}
