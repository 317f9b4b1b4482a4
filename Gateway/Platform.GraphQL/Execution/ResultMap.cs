using System.Text.Json;
using Platform.GraphQL.Execution.Leaves;

namespace Platform.GraphQL.Execution;

/// <summary>An ordered response object: response keys in selection order with completed values.</summary>
public sealed class ResultMap
{
    private readonly string[]? _keys;
    private readonly PlannedField[]? _plan;

    // A value, or for a leaf read without boxing its LeafWriter with the value's bits beside it (one array, no boxes).
    private readonly Slot[] _slots;

    public ResultMap(int capacity)
    {
        _keys = new string[capacity];
        _slots = new Slot[capacity];
    }

    /// <summary>A map whose keys are the planned fields' response keys, position for position (no key array of its own).</summary>
    internal ResultMap(PlannedField[] plan)
    {
        _plan = plan;
        _slots = new Slot[plan.Length];
    }

    public int Count { get; private set; }

    public void Add(string key, object? value)
    {
        if (_keys is null)
        {
            throw new InvalidOperationException("A planned result map takes its keys from its plan.");
        }

        _keys[Count] = key;
        _slots[Count] = new Slot(value, 0);
        Count++;
    }

    /// <summary>Sets the value at a position of a planned map (its key there is the plan's); <paramref name="bits"/> go with a <see cref="LeafWriter"/>.</summary>
    internal void Set(int index, object? value, long bits = 0)
    {
        _slots[index] = new Slot(value, bits);
        if (index >= Count)
        {
            Count = index + 1;
        }
    }

    public string KeyAt(int index) => _keys is null ? _plan![index].Key : _keys[index];

    /// <summary>The key at a position already JSON-encoded, when the map was planned (null otherwise).</summary>
    internal JsonEncodedText? EncodedKeyAt(int index) => _plan?[index].EncodedKey;

    /// <summary>The completed value at a position (a leaf kept unboxed is boxed here, as the boxed path would have completed it).</summary>
    public object? ValueAt(int index)
    {
        var slot = _slots[index];
        return slot.Value is LeafWriter leaf ? leaf.ToValue(slot.Bits) : slot.Value;
    }

    /// <summary>The slot as stored: a value, or a <see cref="LeafWriter"/> and its <paramref name="bits"/> (for the result writer).</summary>
    internal object? StoredAt(int index, out long bits)
    {
        var slot = _slots[index];
        bits = slot.Bits;
        return slot.Value;
    }

    /// <summary>The value under a response key (linear scan; maps are small).</summary>
    public object? this[string key]
    {
        get
        {
            var index = IndexOf(key);
            return index >= 0 ? ValueAt(index) : throw new KeyNotFoundException(key);
        }
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    private int IndexOf(string key)
    {
        for (var i = 0; i < Count; i++)
        {
            if (KeyAt(i) == key)
            {
                return i;
            }
        }

        return -1;
    }

    private readonly record struct Slot(object? Value, long Bits);
}
