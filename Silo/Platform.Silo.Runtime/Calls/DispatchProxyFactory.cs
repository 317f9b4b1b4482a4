using System.Collections.Concurrent;
using System.Reflection;

namespace Platform.Silo.Runtime.Calls;

/// <summary>
/// Creates <see cref="GrainProxy"/> instances implementing a grain interface. <see cref="DispatchProxy.Create(Type, Type)"/>
/// binds the generated type's constructor by reflection on every call (the largest CPU cost of a grain reference, measured
/// in bench/gateway), so it runs once per interface and every reference is a field-for-field copy of that unattached one.
/// </summary>
internal static class DispatchProxyFactory
{
    private static readonly ConcurrentDictionary<Type, GrainProxy> _prototypes = new();

    public static TGrain Create<TGrain>() =>
        (TGrain)(object)_prototypes.GetOrAdd(typeof(TGrain), static type => (GrainProxy)DispatchProxy.Create(type, typeof(GrainProxy))).CopyUnattached();
}
