using Platform.Runtime;

namespace Platform.Grains.Views;

/// <summary>
/// A grain's read view, built once per persisted version of its state and handed out (as the same completed task) until that
/// state is written, re-read or cleared: the grain is the source of truth, so this is its own view, never a stale copy.
/// The version is the state object together with its ETag, and every state change goes through them: a write gives a new
/// ETag, a read or clear a new state object, a new activation a new grain (and a new memo). Grain methods change state
/// only in turns that end in a write (or re-read it on failure), so between versions the view cannot change; [ReadOnly]
/// reads never change state. Views are immutable, so callers can share one. Time-dependent values (days left) are not part
/// of a view: callers compute them from the view per request.
/// </summary>
internal sealed class PersistedView<TState, TView>(IPersistentState<TState> state, Func<TView> build)
    where TState : class, new()
{
    private Task<TView>? _view;
    private TState? _builtFrom;
    private string? _etag;

    /// <summary>The current view; a failed build (e.g. the grain does not exist) is thrown and nothing is kept.</summary>
    public Task<TView> GetAsync()
    {
        if (_view is not null && ReferenceEquals(_builtFrom, state.State) && string.Equals(_etag, state.Etag, StringComparison.Ordinal) && state.RecordExists)
        {
            return _view;
        }

        var (builtFrom, etag) = (state.State, state.Etag);
        var view = Task.FromResult(build());
        (_view, _builtFrom, _etag) = (view, builtFrom, etag);
        return view;
    }
}
