using System.Reflection;

namespace Platform.Silo.Runtime.Calls;

/// <summary>Creates <see cref="GrainProxy"/> instances implementing a grain interface.</summary>
internal static class DispatchProxyFactory
{
    public static TGrain Create<TGrain>() => (TGrain)DispatchProxy.Create(typeof(TGrain), typeof(GrainProxy));
}
