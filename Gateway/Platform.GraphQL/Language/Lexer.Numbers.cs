namespace Platform.GraphQL.Language;

/// <summary>IntValue and FloatValue scanning (spec §2.9.1–§2.9.2).</summary>
public sealed partial class Lexer
{
    private Token ReadNumber(int start, int column)
    {
        var isFloat = false;
        if (_source[_position] == '-')
        {
            _position++;
        }

        if (Current() == '0')
        {
            _position++;
            if (IsDigit(Current()))
            {
                throw Error($"Invalid number, unexpected digit after 0: {DescribeChar(_position)}.", _position);
            }
        }
        else
        {
            ReadDigits();
        }

        if (Current() == '.')
        {
            isFloat = true;
            _position++;
            ReadDigits();
        }

        if (Current() is 'e' or 'E')
        {
            isFloat = true;
            _position++;
            if (Current() is '+' or '-')
            {
                _position++;
            }

            ReadDigits();
        }

        if (Current() == '.' || IsNameStart(Current()))
        {
            throw Error($"Invalid number, expected digit but got: {DescribeChar(_position)}.", _position);
        }

        var text = _source[start.._position];
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, _position, _line, column, text);
    }

    private void ReadDigits()
    {
        if (!IsDigit(Current()))
        {
            throw Error($"Invalid number, expected digit but got: {DescribeChar(_position)}.", _position);
        }

        while (IsDigit(Current()))
        {
            _position++;
        }
    }
}
