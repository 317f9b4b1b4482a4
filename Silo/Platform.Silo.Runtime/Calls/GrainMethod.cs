using System.Linq.Expressions;
using System.Reflection;
using Platform.Runtime;
using Platform.Silo.Runtime.Serialization;

namespace Platform.Silo.Runtime.Calls;

/// <summary>
/// One grain interface method: its scheduling flags and a compiled invoker (no reflection per call).
/// The generic subclasses bridge the untyped proxy to the method's own return type.
/// </summary>
internal abstract class GrainMethod
{
    protected GrainMethod(MethodInfo method)
    {
        Method = method;
        ParameterTypes = [.. method.GetParameters().Select(p => p.ParameterType)];
        IsReadOnly = method.GetCustomAttribute<ReadOnlyAttribute>() is not null;
        IsAlwaysInterleave = method.GetCustomAttribute<AlwaysInterleaveAttribute>() is not null;
        IsCachedRead = method.GetCustomAttribute<CachedReadAttribute>() is not null;
    }

    public MethodInfo Method { get; }

    public bool IsReadOnly { get; }

    /// <summary>The declared parameter types: the copy of an argument whose own type cannot be rebuilt (a compiler-generated collection) is made as this type.</summary>
    public IReadOnlyList<Type> ParameterTypes { get; }

    public bool IsAlwaysInterleave { get; }

    /// <summary>[CachedRead]: a call may be answered with the activation's last result of this method (<see cref="Activations.Activation.TryGetCachedRead"/>).</summary>
    public bool IsCachedRead { get; }

    public string Name => $"{Method.DeclaringType!.Name}.{Method.Name}";

    /// <summary>Called by the proxy: copies arguments and returns the Task / Task&lt;T&gt; / ValueTask the interface declares.</summary>
    public abstract object Dispatch(GrainRuntime runtime, GrainId target, object?[] arguments);

    public static GrainMethod Create(MethodInfo method)
    {
        var returnType = method.ReturnType;
        if (method.GetCustomAttribute<CachedReadAttribute>() is not null
            && (method.GetCustomAttribute<ReadOnlyAttribute>() is null || method.GetParameters().Length > 0 || !ReturnsImmutableResult(returnType)))
        {
            throw new InvalidOperationException($"[CachedRead] {method.DeclaringType?.Name}.{method.Name} must also be [ReadOnly], take no parameters and return Task<T> or ValueTask<T> of an immutable T.");
        }

        if (returnType == typeof(Task))
        {
            return new VoidMethod(method, asValueTask: false);
        }

        if (returnType == typeof(ValueTask))
        {
            return new VoidMethod(method, asValueTask: true);
        }

        if (returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            var resultType = returnType.GetGenericArguments()[0];
            var asValueTask = returnType.GetGenericTypeDefinition() == typeof(ValueTask<>);
            return (GrainMethod)Activator.CreateInstance(typeof(ResultMethod<>).MakeGenericType(resultType), method, asValueTask)!;
        }

        throw new InvalidOperationException($"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task, Task<T>, ValueTask or ValueTask<T>.");
    }

    private static bool ReturnsImmutableResult(Type returnType) =>
        returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        && ArgumentCopier.IsImmutable(returnType.GetGenericArguments()[0]);

    protected object?[] CopyArguments(object?[] arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = ArgumentCopier.Copy(arguments[i], ParameterTypes[i]);
        }

        return arguments;
    }

    /// <summary>Compiles <c>(grain, args) => ((TInterface)grain).Method((T0)args[0], ...)</c> returning the raw task.</summary>
    protected static Func<object, object?[], TReturn> Compile<TReturn>(MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var parameters = method.GetParameters()
            .Select((p, i) => (Expression)Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType));
        var call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, parameters);
        return Expression.Lambda<Func<object, object?[], TReturn>>(call, grain, args).Compile();
    }

    private sealed class VoidMethod : GrainMethod
    {
        private readonly Func<object, object?[], Task<object?>> _invoke;
        private readonly bool _asValueTask;

        public VoidMethod(MethodInfo method, bool asValueTask)
            : base(method)
        {
            _asValueTask = asValueTask;
            if (asValueTask)
            {
                var raw = Compile<ValueTask>(method);
                _invoke = async (g, a) =>
                {
                    await raw(g, a);
                    return null;
                };
            }
            else
            {
                var raw = Compile<Task>(method);
                _invoke = async (g, a) =>
                {
                    await raw(g, a);
                    return null;
                };
            }
        }

        public override object Dispatch(GrainRuntime runtime, GrainId target, object?[] arguments)
        {
            Task task = runtime.InvokeAsync(target, this, CopyArguments(arguments), _invoke);
            return _asValueTask ? new ValueTask(task) : task;
        }
    }

    private sealed class ResultMethod<T> : GrainMethod
    {
        private static readonly bool _resultIsImmutable = ArgumentCopier.IsImmutable(typeof(T));

        private readonly Func<object, object?[], Task<T>> _invoke;
        private readonly bool _asValueTask;

        public ResultMethod(MethodInfo method, bool asValueTask)
            : base(method)
        {
            _asValueTask = asValueTask;
            if (asValueTask)
            {
                var raw = Compile<ValueTask<T>>(method);
                _invoke = (g, a) => raw(g, a).AsTask();
            }
            else
            {
                _invoke = Compile<Task<T>>(method);
            }
        }

        public override object Dispatch(GrainRuntime runtime, GrainId target, object?[] arguments)
        {
            // An immutable result type passes by reference, so the call's own task is the caller's (no wrapper per call).
            var call = runtime.InvokeAsync(target, this, CopyArguments(arguments), _invoke);
            var task = _resultIsImmutable ? call : CopyResultAsync(call);
            return _asValueTask ? new ValueTask<T>(task) : task;
        }

        private static async Task<T> CopyResultAsync(Task<T> call)
        {
            return ArgumentCopier.Copy(await call.ConfigureAwait(false));
        }
    }
}
