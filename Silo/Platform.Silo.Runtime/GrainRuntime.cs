using Microsoft.Extensions.Logging;
using Platform.Runtime;
using Platform.Runtime.Streams;
using Platform.Silo.Runtime.Calls;
using Platform.Silo.Runtime.Persistence;
using Platform.Silo.Runtime.Reminders;
using Platform.Silo.Runtime.Streams;
using Platform.Storage;

namespace Platform.Silo.Runtime;

/// <summary>
/// The virtual-grain runtime of one Silo node: the catalog of activations, the grain factory, and the
/// owner of streams, reminders and idle collection. Calls (GrainRuntime.Calls.cs) and start/stop
/// (GrainRuntime.Lifecycle.cs) are in partial files.
/// </summary>
public sealed partial class GrainRuntime : IGrainFactory
{
    private readonly GrainRegistry _registry;

    public GrainRuntime(
        IServiceProvider services,
        IStorageProvider storage,
        GrainAssemblies grainAssemblies,
        RuntimeOptions options,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        Services = services;
        Storage = storage;
        Options = options;
        TimeProvider = timeProvider;
        Log = loggerFactory.CreateLogger<GrainRuntime>();
        _registry = new GrainRegistry(GrainRegistry.FindGrainClasses([.. grainAssemblies.Assemblies]));
        StreamHub = new StreamHub(storage);
        StateFactory = new PersistentStateFactory(storage.Grains, StreamHub);
        Reminders = new ReminderService(this, storage, options, loggerFactory.CreateLogger<ReminderService>());
        _notifications = storage.Notifications.Subscribe(OnStorageNotification);
    }

    public TimeProvider TimeProvider { get; }

    public RuntimeOptions Options { get; }

    public IStorageProvider Storage { get; }

    /// <summary>Durable streams of this node (also registered as <see cref="IStreamProvider"/>).</summary>
    public IStreamProvider Streams => StreamHub;

    internal StreamHub StreamHub { get; }

    internal IServiceProvider Services { get; }

    internal PersistentStateFactory StateFactory { get; }

    internal ReminderService Reminders { get; }

    internal ILogger Log { get; }

    /// <summary>Number of activations currently in the catalog (for diagnostics and tests).</summary>
    public int ActivationCount => _activations.Count;

    public TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey => CreateReference<TGrain>(key);

    public TGrain GetGrain<TGrain>(Guid key)
        where TGrain : IGrainWithGuidKey => CreateReference<TGrain>(key.ToString("N"));

    /// <summary>The references handed out, so a grain asked for again gets the same one (<see cref="GrainReferences"/>).</summary>
    internal GrainReferences References { get; } = new();

    private TGrain CreateReference<TGrain>(string key)
        where TGrain : IGrain
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (References.TryGet<TGrain>(key, out var kept))
        {
            return kept;
        }

        var grainClass = _registry.ForInterface(typeof(TGrain));
        var proxy = DispatchProxyFactory.Create<TGrain>();
        ((GrainProxy)(object)proxy!).Attach(this, new GrainId(grainClass.TypeName, key), _registry.MethodsFor(typeof(TGrain)));
        return References.Keep(key, proxy);
    }

    internal bool IsRemindable(string grainType) => typeof(IRemindable).IsAssignableFrom(_registry.ForTypeName(grainType).Type);
}
