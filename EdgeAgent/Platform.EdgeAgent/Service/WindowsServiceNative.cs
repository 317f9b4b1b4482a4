using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Platform.EdgeAgent.Service;

/// <summary>The Service Control Manager's API in advapi32 (Win32 "Service Functions"), as <see cref="WindowsService"/> uses it.</summary>
[SupportedOSPlatform("windows")]
internal static unsafe partial class WindowsServiceNative
{
    public const uint ServiceWin32OwnProcess = 0x10;
    public const uint StateStopped = 1;
    public const uint StateStopPending = 3;
    public const uint StateRunning = 4;
    public const uint AcceptStop = 0x1;
    public const uint AcceptShutdown = 0x4;
    public const uint ControlStop = 1;
    public const uint ControlInterrogate = 4;
    public const uint ControlShutdown = 5;
    public const uint ErrorCallNotImplemented = 120;
    public const uint ErrorServiceSpecific = 1066;

    [LibraryImport("advapi32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool StartServiceCtrlDispatcherW(ServiceTableEntry* table);

    [LibraryImport("advapi32.dll", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    public static partial nint RegisterServiceCtrlHandlerExW(string serviceName, delegate* unmanaged<uint, uint, nint, nint, uint> handler, nint context);

    [LibraryImport("advapi32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool SetServiceStatus(nint handle, ServiceStatus* status);

    /// <summary>SERVICE_TABLE_ENTRYW: a service name and its ServiceMain; the table ends with an all-null entry.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ServiceTableEntry
    {
        public char* ServiceName;
        public delegate* unmanaged<uint, nint*, void> ServiceMain;
    }

    /// <summary>SERVICE_STATUS.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ServiceStatus
    {
        public uint ServiceType;
        public uint CurrentState;
        public uint ControlsAccepted;
        public uint Win32ExitCode;
        public uint ServiceSpecificExitCode;
        public uint CheckPoint;
        public uint WaitHint;
    }
}
