namespace Platform.GraphQL.Execution;

/// <summary>An ordered response object: response keys in selection order with completed values.</summary>
public sealed class ResultMap
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    public ResultMap(int capacity)
    {
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    public int Count { get; private set; }

    public void Add(string key, object? value)
    {
        _keys[Count] = key;
        _values[Count] = value;
        Count++;
    }

    internal void Set(int index, string key, object? value)
    {
        _keys[index] = key;
        _values[index] = value;
        if (index >= Count)
        {
            Count = index + 1;
        }
    }

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    /// <summary>The value under a response key (linear scan; maps are small).</summary>
    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                if (_keys[i] == key)
                {
                    return _values[i];
                }
            }

            throw new KeyNotFoundException(key);
        }
    }

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key, 0, Count) >= 0;
}
