using Platform.Runtime;
using Platform.Silo.Runtime.Streams;
using Platform.Storage;

namespace Platform.Silo.Runtime.Persistence;

/// <summary>Creates the <see cref="IPersistentState{TState}"/> objects injected into grain constructors.</summary>
internal sealed class PersistentStateFactory(IGrainStorage storage, StreamHub streams)
{
    public IActivationState Create(Type parameterType, GrainId id, string stateName)
    {
        if (!parameterType.IsGenericType || parameterType.GetGenericTypeDefinition() != typeof(IPersistentState<>))
        {
            throw new InvalidOperationException($"[PersistentState] parameter of {id.Type} must be IPersistentState<T>, not {parameterType.Name}.");
        }

        var stateType = parameterType.GetGenericArguments()[0];
        var key = new GrainStateKey(id.Type, id.Key, stateName);
        return (IActivationState)Activator.CreateInstance(typeof(PersistentState<>).MakeGenericType(stateType), key, storage, streams)!;
    }
}
