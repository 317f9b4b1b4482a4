namespace Platform.Silo.Runtime.Activations;

/// <summary>Where an activation is in its life: loading, serving, draining, gone.</summary>
internal enum ActivationStatus
{
    Activating,
    Valid,
    Deactivating,
    Invalid,
}
