using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Platform.GraphQL.SampleServer.Library;

/// <summary>An in-memory library with a live feed of added books; counts batch lookups so tests can see data loader batching.</summary>
public sealed class BookStore
{
    private readonly ConcurrentDictionary<string, Book> _books = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Author> _authors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Channel<Book>, byte> _subscribers = new();
    private IReadOnlyList<Book>? _ordered;
    private int _nextId;
    private int _authorBatches;

    public BookStore(int authorCount = 5, int bookCount = 50)
    {
        for (var a = 1; a <= authorCount; a++)
        {
            _authors[$"a{a}"] = new Author($"a{a}", $"Author {a}");
        }

        for (var b = 1; b <= bookCount; b++)
        {
            _books[$"b{b}"] = new Book($"b{b}", $"Book {b}", $"a{(b % authorCount) + 1}", (Genre)(b % 3), [$"tag{b % 4}", "sample"]);
        }

        _nextId = bookCount;
    }

    private TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once some subscriber listens for added books (lets tests avoid racing the subscription).</summary>
    public Task WhenSubscribedAsync() => _subscribed.Task;

    private TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the last subscriber stops listening (lets tests see a dropped connection clean up).</summary>
    public Task WhenIdleAsync() => _idle.Task;

    /// <summary>How many batched author lookups have run.</summary>
    public int AuthorBatches => _authorBatches;

    /// <summary>All books in id order (rebuilt only when a book is added).</summary>
    public IReadOnlyList<Book> Books => _ordered ??= [.. _books.Values.OrderBy(b => int.Parse(b.Id[1..], System.Globalization.CultureInfo.InvariantCulture))];

    public Book? FindBook(string id) => _books.GetValueOrDefault(id);

    public Author? FindAuthor(string id) => _authors.GetValueOrDefault(id);

    /// <summary>Fetches many authors in one call (what a data loader batches into).</summary>
    public async Task<IReadOnlyDictionary<string, Author>> AuthorsByIdsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        Interlocked.Increment(ref _authorBatches);
        return ids.Where(_authors.ContainsKey).Distinct().ToDictionary(id => id, id => _authors[id]);
    }

    public Book Add(string title, string authorId, Genre genre)
    {
        var book = new Book($"b{Interlocked.Increment(ref _nextId)}", title, authorId, genre, []);
        _books[book.Id] = book;
        _ordered = null;
        foreach (var subscriber in _subscribers.Keys)
        {
            subscriber.Writer.TryWrite(book);
        }

        return book;
    }

    /// <summary>Books added from now on, until the caller stops listening.</summary>
    public async IAsyncEnumerable<Book> AddedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<Book>();
        _subscribers[channel] = 0;
        if (_idle.Task.IsCompleted)
        {
            Interlocked.Exchange(ref _idle, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        _subscribed.TrySetResult();
        try
        {
            await foreach (var book in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return book;
            }
        }
        finally
        {
            _subscribers.TryRemove(channel, out _);
            if (_subscribers.IsEmpty)
            {
                Interlocked.Exchange(ref _subscribed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                _idle.TrySetResult();
            }
        }
    }
}
