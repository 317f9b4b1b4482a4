namespace Platform.Imaging.Star;

/// <summary>A parsed STAR file (RELION 3.0 / 3.1+ / 5 conventions): its data blocks in file order.</summary>
public sealed class StarDocument
{
    private readonly List<StarBlock> _blocks = [];

    public IReadOnlyList<StarBlock> Blocks => _blocks;

    /// <summary>The first block called <c>data_<paramref name="name"/></c>.</summary>
    public StarBlock Block(string name) =>
        TryGetBlock(name) ?? throw new KeyNotFoundException($"The STAR file has no block data_{name}.");

    public StarBlock? TryGetBlock(string name) => _blocks.FirstOrDefault(b => b.Name == name);

    public void Add(StarBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        _blocks.Add(block);
    }
}
