using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using static Platform.EdgeAgent.Service.WindowsServiceNative;

namespace Platform.EdgeAgent.Service;

/// <summary>
/// Runs the agent as a Windows service under the Service Control Manager (what <c>UseWindowsService</c> does; that package is not
/// obtainable here): <see cref="Run"/> blocks in StartServiceCtrlDispatcher, ServiceMain reports RUNNING and runs the agent, and a
/// Stop or Shutdown control reports STOP_PENDING and cancels the agent's token; the run's journal is kept, so the next start resumes.
/// One service per process. Not exercised here (no Windows machine): see infra/agent/README.md.
/// </summary>
[SupportedOSPlatform("windows")]
public static unsafe class WindowsService
{
    /// <summary>Longest time the agent may take to stop after a Stop control (the SCM waits this long before giving up).</summary>
    private const uint StopWaitHintMilliseconds = 60_000;

    private static readonly CancellationTokenSource _stopRequested = new();
    private static Func<CancellationToken, Task<int>>? _run;
    private static string _serviceName = "";
    private static nint _statusHandle;
    private static int _exitCode;
    private static uint _checkPoint;

    /// <summary>
    /// Hands this process to the SCM as service <paramref name="serviceName"/> and runs <paramref name="run"/> until it returns or the
    /// service is stopped; returns its exit code. A <see cref="Win32Exception"/> when the process was not started by the SCM.
    /// </summary>
    public static int Run(string serviceName, Func<CancellationToken, Task<int>> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        ArgumentNullException.ThrowIfNull(run);
        _serviceName = serviceName;
        _run = run;
        fixed (char* name = serviceName)
        {
            var table = stackalloc ServiceTableEntry[2];
            table[0] = new ServiceTableEntry { ServiceName = name, ServiceMain = &ServiceMain };
            table[1] = default;
            if (!StartServiceCtrlDispatcherW(table))
            {
                throw new Win32Exception(Marshal.GetLastPInvokeError(),
                    $"could not connect to the Service Control Manager: start the agent with 'sc.exe start {serviceName}', or run it without --windows-service");
            }
        }

        return _exitCode;
    }

    [UnmanagedCallersOnly]
    private static void ServiceMain(uint argumentCount, nint* arguments)
    {
        _statusHandle = RegisterServiceCtrlHandlerExW(_serviceName, &Control, 0);
        if (_statusHandle == 0)
        {
            _exitCode = Marshal.GetLastPInvokeError();
            return;
        }

        Report(StateRunning, AcceptStop | AcceptShutdown, 0);
        try
        {
            _exitCode = Task.Run(() => _run!(_stopRequested.Token)).GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"The agent service failed: {ex}");
            _exitCode = 1;
        }

        Report(StateStopped, 0, 0);
    }

    [UnmanagedCallersOnly]
    private static uint Control(uint control, uint eventType, nint eventData, nint context)
    {
        switch (control)
        {
            case ControlStop or ControlShutdown:
                Report(StateStopPending, 0, StopWaitHintMilliseconds);
                _stopRequested.Cancel();
                return 0;
            case ControlInterrogate:
                return 0;
            default:
                return ErrorCallNotImplemented;
        }
    }

    private static void Report(uint state, uint accepted, uint waitHint)
    {
        var status = new ServiceStatus
        {
            ServiceType = ServiceWin32OwnProcess,
            CurrentState = state,
            ControlsAccepted = accepted,
            Win32ExitCode = state == StateStopped && _exitCode != 0 ? ErrorServiceSpecific : 0,
            ServiceSpecificExitCode = state == StateStopped ? (uint)_exitCode : 0,
            CheckPoint = state == StateStopPending ? ++_checkPoint : 0,
            WaitHint = waitHint,
        };
        SetServiceStatus(_statusHandle, &status);
    }
}
