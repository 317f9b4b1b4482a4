namespace Platform.GraphQL.Execution;

/// <summary>
/// One request's storage for the slots of its result maps (<see cref="ResultMap"/>): a map reserves its planned count of
/// contiguous slots in a shared chunk rather than allocating an array of its own (an array header per object cost as much
/// as the values it held). Used for completed values and for the bits of leaves read without boxing. Safe for concurrent
/// reservations (a request's objects complete on whichever threads their loads finish on); each map writes only its own slots.
/// </summary>
internal sealed class SlotArena<T>
{
    /// <summary>Slots per chunk: the sessions page reserves about 2,300 value slots and 400 bit slots, in a few chunks.</summary>
    private const int ChunkSlots = 256;

    private readonly Lock _lock = new();
    private Chunk _current = new(0);

    /// <summary>Reserves <paramref name="count"/> contiguous slots: the array and the first slot's <paramref name="offset"/>.</summary>
    public T[] Reserve(int count, out int offset)
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
        public readonly T[] Slots = new T[size];

        public int Used;
    }
}
