using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Runtime;
using Platform.Runtime.Indexing;
using Platform.Runtime.Streams;
using Platform.Storage;

namespace Platform.Silo.Runtime;

/// <summary>Registers the grain runtime; an <see cref="IStorageProvider"/> must be registered too.</summary>
public static class GrainRuntimeServiceCollectionExtensions
{
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, RuntimeOptions options, params Assembly[] grainAssemblies)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(new GrainAssemblies(grainAssemblies));
        services.AddSingleton<GrainRuntime>();
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddSingleton<IStreamProvider>(sp => sp.GetRequiredService<GrainRuntime>().Streams);
        services.AddSingleton<IIndexReader>(sp => sp.GetRequiredService<IStorageProvider>().Indexes);
        services.AddHostedService(sp => sp.GetRequiredService<GrainRuntime>());
        return services;
    }
}
