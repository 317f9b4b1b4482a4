namespace Platform.Imaging.Star;

/// <summary>One STAR data block (<c>data_NAME</c>): simple name–value pairs and any number of loops, in file order.</summary>
public sealed class StarBlock
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];
    private readonly List<StarTable> _loops = [];

    public StarBlock(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <summary>The block name after <c>data_</c> (empty for RELION's anonymous <c>data_</c>).</summary>
    public string Name { get; }

    /// <summary>Simple items (<c>_name value</c>) outside loops, names without the underscore.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    public IReadOnlyList<StarTable> Loops => _loops;

    /// <summary>The block's first loop (RELION writes at most one per block).</summary>
    public StarTable Table => _loops.Count > 0 ? _loops[0] : throw new KeyNotFoundException($"STAR block data_{Name} has no loop.");

    public string? Value(string name) => _pairs.FirstOrDefault(p => p.Key == name).Value;

    public void AddPair(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        _pairs.Add(new(name, value));
    }

    public void AddLoop(StarTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _loops.Add(table);
    }
}
