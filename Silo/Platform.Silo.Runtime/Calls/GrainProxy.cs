using System.Reflection;
using Platform.Runtime;

namespace Platform.Silo.Runtime.Calls;

/// <summary>
/// The object behind a grain reference: every interface call becomes a request to the grain's activation.
/// Created by <see cref="DispatchProxy"/>, so no code generation step is needed.
/// </summary>
public class GrainProxy : DispatchProxy
{
    private GrainRuntime? _runtime;
    private GrainId _target;
    private IReadOnlyDictionary<MethodInfo, GrainMethod>? _methods;

    internal void Attach(GrainRuntime runtime, GrainId target, IReadOnlyDictionary<MethodInfo, GrainMethod> methods)
    {
        _runtime = runtime;
        _target = target;
        _methods = methods;
    }

    /// <summary>A new reference of the same generated type, not yet attached (a prototype is never attached, so this copies no target).</summary>
    internal GrainProxy CopyUnattached()
    {
        var copy = (GrainProxy)MemberwiseClone();
        copy._runtime = null;
        copy._target = default;
        copy._methods = null;
        return copy;
    }

    /// <summary>The identity this reference points at.</summary>
    public GrainId Target => _target;

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (_methods is null || _runtime is null)
        {
            throw new InvalidOperationException("Grain reference used before it was attached to a runtime.");
        }

        if (!_methods.TryGetValue(targetMethod, out var method))
        {
            if (targetMethod.Name == nameof(ToString) && targetMethod.GetParameters().Length == 0)
            {
                return _target.ToString();
            }

            throw new InvalidOperationException($"{targetMethod.DeclaringType?.Name}.{targetMethod.Name} is not a grain method.");
        }

        return method.Dispatch(_runtime, _target, args ?? []);
    }
}
