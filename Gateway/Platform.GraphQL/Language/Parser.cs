using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Language;

/// <summary>Recursive-descent parser for the full October 2021 GraphQL grammar, with token and depth limits.</summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private Token _token;
    private Token _previous;
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
        _token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1, null);
        Advance();
    }

    /// <summary>Parses a complete document; throws <see cref="GraphQLSyntaxException"/> on bad input.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal (used for default values given as text).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private DocumentNode ParseDocument()
    {
        var location = Here();
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (_token.Kind != TokenKind.EndOfFile);

        return new DocumentNode(definitions) { Location = location };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = Peek(TokenKind.String) || Peek(TokenKind.BlockString);
        var keywordToken = hasDescription ? LookAhead() : _token;
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema" or "scalar" or "type" or "interface" or "union" or "enum" or "input" or "directive":
                    return ParseTypeSystemDefinition();
                case "extend" when !hasDescription:
                    return ParseTypeSystemExtension();
            }

            if (hasDescription)
            {
                throw Error(keywordToken, "Unexpected description, descriptions are supported only on type definitions.");
            }

            switch (keywordToken.Value)
            {
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }
        }

        throw Unexpected(keywordToken);
    }

    private Token LookAhead()
    {
        // Descriptions precede a keyword; a throwaway lexer over the same text finds it without consuming.
        return _lexer.PeekAfterCurrent();
    }

    private SourceLocation Here() => new(_token.Line, _token.Column);

    private void Advance()
    {
        _previous = _token;
        _token = _lexer.Next();
        if (++_tokenCount > _options.MaxTokens)
        {
            throw new DocumentLimitExceededException(
                $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.", _token.Line, _token.Column);
        }
    }

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private bool PeekKeyword(string keyword) => _token.Kind == TokenKind.Name && _token.Value == keyword;

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            var expected = kind is TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString or TokenKind.EndOfFile
                ? Token.Punctuator(kind)
                : $"\"{Token.Punctuator(kind)}\"";
            throw Error(token, $"Expected {expected}, found {token.Describe()}.");
        }

        Advance();
        return token;
    }

    private bool Skip(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            throw Error(_token, $"Expected \"{keyword}\", found {_token.Describe()}.");
        }

        Advance();
    }

    private bool SkipKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private string ParseName() => Expect(TokenKind.Name).Value!;

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw new DocumentLimitExceededException(
                $"Document nesting exceeds the maximum depth of {_options.MaxDepth}.", _token.Line, _token.Column);
        }
    }

    private void LeaveNesting() => _depth--;

    private List<T> Many<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        Expect(open);
        var list = new List<T>();
        do
        {
            list.Add(item());
        }
        while (!Skip(close));

        return list;
    }

    private List<T> Optional<T>(TokenKind open, Func<T> item, TokenKind close) =>
        Peek(open) ? Many(open, item, close) : [];

    private static GraphQLSyntaxException Error(Token token, string description) =>
        new(description, token.Line, token.Column);

    private static GraphQLSyntaxException Unexpected(Token token) =>
        Error(token, $"Unexpected {token.Describe()}.");
}
