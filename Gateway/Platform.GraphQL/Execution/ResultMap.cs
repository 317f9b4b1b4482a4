using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>An ordered response object: response keys in selection order with completed values.</summary>
public sealed class ResultMap
{
    private readonly string[]? _keys;
    private readonly PlannedField[]? _plan;
    private readonly object?[] _values;

    public ResultMap(int capacity)
    {
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    /// <summary>A map whose keys are the planned fields' response keys, position for position (no key array of its own).</summary>
    internal ResultMap(PlannedField[] plan)
    {
        _plan = plan;
        _values = new object?[plan.Length];
    }

    public int Count { get; private set; }

    public void Add(string key, object? value)
    {
        if (_keys is null)
        {
            throw new InvalidOperationException("A planned result map takes its keys from its plan.");
        }

        _keys[Count] = key;
        _values[Count] = value;
        Count++;
    }

    /// <summary>Sets the value at a position of a planned map (its key there is the plan's).</summary>
    internal void Set(int index, object? value)
    {
        _values[index] = value;
        if (index >= Count)
        {
            Count = index + 1;
        }
    }

    public string KeyAt(int index) => _keys is null ? _plan![index].Key : _keys[index];

    /// <summary>The key at a position already JSON-encoded, when the map was planned (null otherwise).</summary>
    internal JsonEncodedText? EncodedKeyAt(int index) => _plan?[index].EncodedKey;

    public object? ValueAt(int index) => _values[index];

    /// <summary>The value under a response key (linear scan; maps are small).</summary>
    public object? this[string key]
    {
        get
        {
            var index = IndexOf(key);
            return index >= 0 ? _values[index] : throw new KeyNotFoundException(key);
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
}
