using Platform.GraphQL.Execution.Leaves;

namespace Platform.GraphQL.Execution;

/// <summary>An ordered response object: response keys in selection order with completed values.</summary>
public sealed class ResultMap
{
    // The keys (a string[] of a map built by Add), or the plan whose fields' response keys they are (a PlannedField[]):
    // one field for both keeps a map at 48 bytes.
    private readonly object _keysOrPlan;

    // A planned map's values are its plan's count of slots in a chunk of the request's value arena (SlotArena), from
    // _startOrCount on; a map built by Add owns its array from 0, and _startOrCount counts its entries. One int for both
    // keeps a map at 48 bytes with no array of its own.
    private readonly object?[] _values;
    private int _startOrCount;

    // The bits of leaves read without boxing (numbers, booleans, date-times) are kept in a request-wide array from
    // _bitsOffset on, at their planned fields' BitsIndex; the value slot holds the LeafWriter.
    private readonly long[]? _bits;
    private readonly int _bitsOffset;

    public ResultMap(int capacity)
    {
        _keysOrPlan = new string[capacity];
        _values = new object?[capacity];
    }

    /// <summary>
    /// A map whose keys are the planned fields' response keys, position for position (no key array of its own), and whose
    /// values are <paramref name="values"/>' slots from <paramref name="valuesOffset"/> on (reserved for it alone).
    /// </summary>
    internal ResultMap(PlannedField[] plan, object?[] values, int valuesOffset, long[]? bits, int bitsOffset)
    {
        _keysOrPlan = plan;
        _values = values;
        _startOrCount = valuesOffset;
        _bits = bits;
        _bitsOffset = bitsOffset;
    }

    /// <summary>Number of entries: a planned map has one per planned field (every one is set before the map is complete).</summary>
    public int Count => _keysOrPlan is PlannedField[] plan ? plan.Length : _startOrCount;

    public void Add(string key, object? value)
    {
        if (_keysOrPlan is not string[] keys)
        {
            throw new InvalidOperationException("A planned result map takes its keys from its plan.");
        }

        keys[_startOrCount] = key;
        _values[_startOrCount] = value;
        _startOrCount++;
    }

    /// <summary>Sets the value at a position of a planned map (its key there is the plan's).</summary>
    internal void Set(int index, object? value) => _values[_startOrCount + index] = value;

    /// <summary>
    /// Sets a leaf read by the field's typed read: a value, or a <see cref="LeafWriter"/> with its <paramref name="bits"/>, kept
    /// at the field's <paramref name="bitsIndex"/> (its <see cref="PlannedField.BitsIndex"/>, passed in so no plan lookup is made).
    /// </summary>
    internal void SetLeaf(int index, object? value, int bitsIndex, long bits)
    {
        Set(index, value);
        if (bitsIndex >= 0)
        {
            _bits![_bitsOffset + bitsIndex] = bits;
        }
    }

    /// <summary>A planned map's value slots: its values are <see cref="Slots"/> from <see cref="SlotStart"/> on, position for position.</summary>
    internal object?[] Slots => _values;

    /// <summary>Where a planned map's values start in <see cref="Slots"/>.</summary>
    internal int SlotStart => _startOrCount;

    /// <summary>The bits of a planned map's leaves kept unboxed: a field's are at <see cref="BitsStart"/> + its <see cref="PlannedField.BitsIndex"/>.</summary>
    internal long[]? BitSlots => _bits;

    /// <summary>Where a planned map's bits start in <see cref="BitSlots"/>.</summary>
    internal int BitsStart => _bitsOffset;

    public string KeyAt(int index) => _keysOrPlan is string[] keys ? keys[index] : Plan![index].Key;

    /// <summary>The completed value at a position (a leaf kept unboxed is boxed here, as the boxed path would have completed it).</summary>
    public object? ValueAt(int index)
    {
        var value = StoredAt(index);
        return value is LeafWriter leaf ? leaf.ToValue(BitsAt(index)) : value;
    }

    /// <summary>The value as stored: an ordinary value, or (only at a field with a typed leaf) a <see cref="LeafWriter"/> whose bits are at <see cref="BitsAt"/>.</summary>
    private object? StoredAt(int index) => _values[(_keysOrPlan is PlannedField[] ? _startOrCount : 0) + index];

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

    /// <summary>The plan of a planned map (its keys and typed leaves), else null.</summary>
    internal PlannedField[]? Plan => _keysOrPlan as PlannedField[];

    /// <summary>The bits kept for the leaf at <paramref name="index"/> (0 when it has none).</summary>
    private long BitsAt(int index) => Plan?[index].BitsIndex is >= 0 and var at ? _bits![_bitsOffset + at] : 0;

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
}
