namespace Sakip.Harness.Tests;

/// <summary>
/// The test run's own check: with <c>SAKIP_TEST_CRASH=1</c> this test kills its test host, as an
/// out-of-memory kill would, and test.sh must then report the run as failed. Without the variable
/// it fails, so it can never be counted as a pass by mistake.
/// </summary>
public sealed class TestHarnessTests
{
    [Fact]
    public void TestHost_KilledMidRun_MustFailTheRun()
    {
        if (Environment.GetEnvironmentVariable("SAKIP_TEST_CRASH") == "1")
        {
            Environment.FailFast("Sakip test harness check: the test host ends here on purpose.");
        }

        Assert.Fail("Run only by test.sh with SAKIP_TEST_CRASH=1.");
    }
}
