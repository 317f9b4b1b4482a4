namespace Platform.GraphQL.Execution.Leaves;

/// <summary>
/// One request's storage for the bits of leaves read without boxing: result maps reserve their planned count of slots in a
/// shared chunk rather than each allocating an array (an array header per object cost as much as the boxes it replaced).
/// Safe for concurrent reservations (a request's objects complete on whichever threads their loads finish on).
/// </summary>
internal sealed class LeafBitsArena
{
    /// <summary>Slots per chunk: the sessions page reserves about 400, so one or two chunks serve a typical page.</summary>
    private const int ChunkSlots = 256;

    private readonly Lock _lock = new();
    private Chunk _current = new(0);

    /// <summary>Reserves <paramref name="count"/> contiguous slots: the array and the first slot's <paramref name="offset"/>.</summary>
    public long[] Reserve(int count, out int offset)
    {
        while (true)
        {
            var chunk = Volatile.Read(ref _current);
            var end = Interlocked.Add(ref chunk.Used, count);
            if (end <= chunk.Slots.Length)
            {
                offset = end - count;
                return chunk.Slots;
            }

            lock (_lock)
            {
                // The slots left at the end of a full chunk stay unused.
                if (ReferenceEquals(_current, chunk))
                {
                    Volatile.Write(ref _current, new Chunk(Math.Max(ChunkSlots, count)));
                }
            }
        }
    }

    private sealed class Chunk(int size)
    {
        public readonly long[] Slots = new long[size];

        public int Used;
    }
}
