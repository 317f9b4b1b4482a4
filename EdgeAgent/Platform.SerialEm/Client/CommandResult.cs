using System.Globalization;
using Platform.SerialEm.Errors;
using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Client;

/// <summary>The values a script command reported (0 to 6, numbers or strings), with typed accessors.</summary>
public sealed record CommandResult(string Command, IReadOnlyList<WireValue> Values)
{
    public int Count => Values.Count;

    /// <summary>Value <paramref name="index"/> as a number; a missing value is a protocol error naming the command.</summary>
    public double Number(int index)
    {
        var value = At(index);
        return value.IsString
            ? double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new SerialEmProtocolException($"{Command} value {index} is the string '{value.Text}', expected a number.")
            : value.Number;
    }

    public int Integer(int index) => (int)Math.Round(Number(index));

    public bool Flag(int index) => Number(index) != 0;

    /// <summary>Value <paramref name="index"/> as text (numbers formatted invariantly).</summary>
    public string Text(int index) => At(index).ToString();

    public string? OptionalText(int index) => index < Values.Count ? Values[index].ToString() : null;

    private WireValue At(int index) => index >= 0 && index < Values.Count
        ? Values[index]
        : throw new SerialEmProtocolException($"{Command} reported {Values.Count} values; value {index} was expected.");
}
