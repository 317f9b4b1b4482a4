using System.Globalization;

namespace Platform.SerialEm.Protocol;

/// <summary>One argument or reported value on the wire: a number, or a string that also carries SerialEM's numeric reading of it.</summary>
public readonly record struct WireValue
{
    private WireValue(double number, string? text)
    {
        Number = number;
        Text = text;
    }

    /// <summary>The numeric value (for a string argument, C <c>atof</c> of the text).</summary>
    public double Number { get; }

    /// <summary>The text when this is a string value, otherwise null.</summary>
    public string? Text { get; }

    public bool IsString => Text is not null;

    public static WireValue FromNumber(double value) => new(value, null);

    public static WireValue FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(Atof(text), text);
    }

    /// <summary>Both fields exactly as received (a decoded request item carries a double and a string).</summary>
    public static WireValue FromWire(double number, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(number, text);
    }

    public static implicit operator WireValue(double value) => FromNumber(value);

    public static implicit operator WireValue(int value) => FromNumber(value);

    public static implicit operator WireValue(string text) => FromString(text);

    /// <summary>The text the Python module puts in an argument's string field: C <c>%f</c> with trailing zeros removed (1.0 → "1.").</summary>
    public string ArgumentText()
    {
        if (Text is not null)
        {
            return Text;
        }

        var fixedText = Number.ToString("F6", CultureInfo.InvariantCulture);
        return fixedText.Contains('.', StringComparison.Ordinal) ? fixedText.TrimEnd('0') : fixedText;
    }

    public override string ToString() => Text ?? Number.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>C <c>atof</c>: the longest leading decimal number, 0 when there is none.</summary>
    internal static double Atof(string text)
    {
        var s = text.TrimStart();
        var end = 0;
        if (end < s.Length && (s[end] == '+' || s[end] == '-'))
        {
            end++;
        }

        var digits = 0;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
        {
            end++;
            digits++;
        }

        if (end < s.Length && s[end] == '.')
        {
            end++;
            while (end < s.Length && char.IsAsciiDigit(s[end]))
            {
                end++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return 0;
        }

        if (end < s.Length && (s[end] == 'e' || s[end] == 'E'))
        {
            var expEnd = end + 1;
            if (expEnd < s.Length && (s[expEnd] == '+' || s[expEnd] == '-'))
            {
                expEnd++;
            }

            var expStart = expEnd;
            while (expEnd < s.Length && char.IsAsciiDigit(s[expEnd]))
            {
                expEnd++;
            }

            if (expEnd > expStart)
            {
                end = expEnd;
            }
        }

        return double.Parse(s.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
