using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>Turns GraphQL source text into tokens (spec §2.1), skipping ignored tokens.</summary>
public sealed partial class Lexer
{
    private readonly string _source;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public Lexer(string source)
    {
        _source = source;
        if (_source.Length > 0 && _source[0] == '\uFEFF')
        {
            _position = 1;
            _lineStart = 1;
        }
    }

    /// <summary>Reads the next significant token; EndOfFile at the end.</summary>
    public Token Next()
    {
        SkipIgnored();
        var start = _position;
        var column = start - _lineStart + 1;
        if (_position >= _source.Length)
        {
            return new Token(TokenKind.EndOfFile, start, start, _line, column, null);
        }

        var c = _source[_position];
        TokenKind? punct = c switch
        {
            '!' => TokenKind.Bang,
            '$' => TokenKind.Dollar,
            '&' => TokenKind.Ampersand,
            '(' => TokenKind.ParenLeft,
            ')' => TokenKind.ParenRight,
            ':' => TokenKind.Colon,
            '=' => TokenKind.Equals,
            '@' => TokenKind.At,
            '[' => TokenKind.BracketLeft,
            ']' => TokenKind.BracketRight,
            '{' => TokenKind.BraceLeft,
            '|' => TokenKind.Pipe,
            '}' => TokenKind.BraceRight,
            _ => null,
        };
        if (punct is { } kind)
        {
            _position++;
            return new Token(kind, start, _position, _line, column, null);
        }

        if (c == '.')
        {
            if (At(1) == '.' && At(2) == '.')
            {
                _position += 3;
                return new Token(TokenKind.Spread, start, _position, _line, column, null);
            }

            throw Error("Unexpected character: \".\".", start);
        }

        if (IsNameStart(c))
        {
            _position++;
            while (_position < _source.Length && IsNameContinue(_source[_position]))
            {
                _position++;
            }

            return new Token(TokenKind.Name, start, _position, _line, column, _source[start.._position]);
        }

        if (c == '-' || IsDigit(c))
        {
            return ReadNumber(start, column);
        }

        if (c == '"')
        {
            if (At(1) == '"' && At(2) == '"')
            {
                return ReadBlockString(start, column);
            }

            return ReadString(start, column);
        }

        throw Error($"Unexpected character: {DescribeChar(start)}.", start);
    }

    /// <summary>Reads the token after the current position without consuming it.</summary>
    public Token PeekAfterCurrent()
    {
        var (position, line, lineStart) = (_position, _line, _lineStart);
        try
        {
            return Next();
        }
        finally
        {
            (_position, _line, _lineStart) = (position, line, lineStart);
        }
    }

    private void SkipIgnored()
    {
        while (_position < _source.Length)
        {
            var c = _source[_position];
            switch (c)
            {
                case ' ' or '\t' or ',' or '\uFEFF':
                    _position++;
                    break;
                case '\n':
                    NewLine(_position + 1);
                    break;
                case '\r':
                    NewLine(At(1) == '\n' ? _position + 2 : _position + 1);
                    break;
                case '#':
                    while (_position < _source.Length && _source[_position] is not ('\n' or '\r'))
                    {
                        _position++;
                    }

                    break;
                default:
                    return;
            }
        }
    }

    private void NewLine(int next)
    {
        _position = next;
        _line++;
        _lineStart = next;
    }

    private char At(int offset) =>
        _position + offset < _source.Length ? _source[_position + offset] : '\0';

    private char Current() => _position < _source.Length ? _source[_position] : '\0';

    private string DescribeChar(int index)
    {
        if (index >= _source.Length)
        {
            return "<EOF>";
        }

        var c = _source[index];
        if (c is >= ' ' and <= '~')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        var code = char.IsHighSurrogate(c) && index + 1 < _source.Length && char.IsLowSurrogate(_source[index + 1])
            ? char.ConvertToUtf32(c, _source[index + 1])
            : c;
        return $"U+{code:X4}";
    }

    private GraphQLSyntaxException Error(string description, int index)
    {
        return new GraphQLSyntaxException(description, _line, index - _lineStart + 1);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    private static StringBuilder NewBuilder() => new();
}
