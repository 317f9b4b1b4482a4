namespace Platform.Silo.Runtime.Persistence;

/// <summary>A persistent state owned by an activation; loaded before the grain's OnActivateAsync.</summary>
internal interface IActivationState
{
    Task LoadAsync();
}
