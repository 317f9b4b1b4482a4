using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator.Commands;

/// <summary>Read access to a decoded request's items: numbers via the double field, strings via the string field, defaults for omitted ones.</summary>
public sealed class CommandArguments
{
    private readonly IReadOnlyList<WireValue> _items;

    public CommandArguments(IReadOnlyList<WireValue> items)
    {
        _items = items;
    }

    public int Count => _items.Count;

    public bool Has(int index) => index < _items.Count;

    public double Number(int index, double? fallback = null) =>
        index < _items.Count ? _items[index].Number : fallback ?? throw new SimulatedCommandException($"Missing numeric argument {index + 1}");

    /// <summary>SerialEM converts int arguments as (int)itemDbl (reference §1.5).</summary>
    public int Integer(int index, int? fallback = null) => index < _items.Count ? (int)_items[index].Number : fallback ?? throw new SimulatedCommandException($"Missing integer argument {index + 1}");

    public string Text(int index, string? fallback = null) =>
        index < _items.Count ? _items[index].ArgumentText() : fallback ?? throw new SimulatedCommandException($"Missing string argument {index + 1}");
}
