using System.Globalization;
using System.Text;

namespace Platform.GraphQL.Language;

/// <summary>String and block string scanning (spec §2.9.4).</summary>
public sealed partial class Lexer
{
    private Token ReadString(int start, int column)
    {
        _position++;
        var builder = NewBuilder();
        while (_position < _source.Length)
        {
            var c = _source[_position];
            if (c == '"')
            {
                _position++;
                return new Token(TokenKind.String, start, _position, _line, column, builder.ToString());
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == '\\')
            {
                ReadEscape(builder);
                continue;
            }

            CheckSourceCharacter(c);
            AppendSourceCharacter(builder);
        }

        throw Error("Unterminated string.", _position);
    }

    private void CheckSourceCharacter(char c)
    {
        if (c < ' ' && c != '\t')
        {
            throw Error($"Invalid character within String: {DescribeChar(_position)}.", _position);
        }

        if (char.IsLowSurrogate(c) || (char.IsHighSurrogate(c) && !char.IsLowSurrogate(At(1))))
        {
            throw Error($"Invalid character within String: {DescribeChar(_position)}.", _position);
        }
    }

    private void AppendSourceCharacter(StringBuilder builder)
    {
        var c = _source[_position];
        builder.Append(c);
        _position++;
        if (char.IsHighSurrogate(c))
        {
            builder.Append(_source[_position]);
            _position++;
        }
    }

    private void ReadEscape(StringBuilder builder)
    {
        var escapeStart = _position;
        var e = At(1);
        switch (e)
        {
            case '"': builder.Append('"'); break;
            case '\\': builder.Append('\\'); break;
            case '/': builder.Append('/'); break;
            case 'b': builder.Append('\b'); break;
            case 'f': builder.Append('\f'); break;
            case 'n': builder.Append('\n'); break;
            case 'r': builder.Append('\r'); break;
            case 't': builder.Append('\t'); break;
            case 'u':
                ReadUnicodeEscape(builder, escapeStart);
                return;
            default:
                throw Error($"Invalid character escape sequence: \"{EscapeText(escapeStart, 2)}\".", escapeStart);
        }

        _position += 2;
    }

    private void ReadUnicodeEscape(StringBuilder builder, int escapeStart)
    {
        if (At(2) == '{')
        {
            var close = _source.IndexOf('}', _position + 3);
            var hex = close < 0 ? string.Empty : _source[(_position + 3)..close];
            if (close < 0 || hex.Length == 0 || hex.Length > 8 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var point)
                || point > 0x10FFFF || point < 0 || (point >= 0xD800 && point <= 0xDFFF))
            {
                var length = close < 0 ? Math.Min(_source.Length - escapeStart, 3 + hex.Length) : close - escapeStart + 1;
                throw Error($"Invalid Unicode escape sequence: \"{EscapeText(escapeStart, length)}\".", escapeStart);
            }

            builder.Append(char.ConvertFromUtf32(point));
            _position = close + 1;
            return;
        }

        var unit = ReadHex4(_position + 2);
        if (unit < 0)
        {
            throw Error($"Invalid Unicode escape sequence: \"{EscapeText(escapeStart, 6)}\".", escapeStart);
        }

        if (unit is >= 0xD800 and <= 0xDBFF && At(6) == '\\' && At(7) == 'u')
        {
            var low = ReadHex4(_position + 8);
            if (low is >= 0xDC00 and <= 0xDFFF)
            {
                builder.Append((char)unit).Append((char)low);
                _position += 12;
                return;
            }
        }

        if (unit is >= 0xD800 and <= 0xDFFF)
        {
            throw Error($"Invalid Unicode escape sequence: \"{EscapeText(escapeStart, 6)}\".", escapeStart);
        }

        builder.Append((char)unit);
        _position += 6;
    }

    private int ReadHex4(int index)
    {
        if (index + 4 > _source.Length)
        {
            return -1;
        }

        var value = 0;
        for (var i = index; i < index + 4; i++)
        {
            var digit = HexValue(_source[i]);
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private string EscapeText(int start, int length) =>
        _source.Substring(start, Math.Min(length, _source.Length - start));

    private Token ReadBlockString(int start, int column)
    {
        var startLine = _line;
        _position += 3;
        var raw = NewBuilder();
        while (_position < _source.Length)
        {
            var c = _source[_position];
            if (c == '"' && At(1) == '"' && At(2) == '"')
            {
                _position += 3;
                return new Token(TokenKind.BlockString, start, _position, startLine, column, BlockString.Dedent(raw.ToString()));
            }

            if (c == '\\' && At(1) == '"' && At(2) == '"' && At(3) == '"')
            {
                raw.Append("\"\"\"");
                _position += 4;
                continue;
            }

            if (c is '\n' or '\r')
            {
                raw.Append('\n');
                NewLine(c == '\r' && At(1) == '\n' ? _position + 2 : _position + 1);
                continue;
            }

            CheckSourceCharacter(c);
            AppendSourceCharacter(raw);
        }

        throw Error("Unterminated string.", _position);
    }
}
