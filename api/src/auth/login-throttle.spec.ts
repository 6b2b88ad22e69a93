import { addressKey, throttleKeys } from "./login-throttle";

describe("addressKey", () => {
  it("keeps IPv4 addresses, also when IPv4-mapped", () => {
    expect(addressKey("198.51.100.7")).toBe("198.51.100.7");
    expect(addressKey("::ffff:198.51.100.7")).toBe("198.51.100.7");
  });

  it("reduces IPv6 to its /64 however it is written", () => {
    expect(addressKey("2001:db8:5:6:1::1")).toBe("2001:db8:5:6::/64");
    expect(addressKey("2001:0db8:0005:0006:ffff:ffff:ffff:ffff")).toBe("2001:db8:5:6::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressKey("64:ff9b:1:2::198.51.100.7")).toBe("64:ff9b:1:2::/64");
  });

  it("passes anything else through as text", () => {
    expect(addressKey("")).toBe("");
    expect(addressKey("unknown")).toBe("unknown");
  });
});

describe("throttleKeys", () => {
  it("pairs the typed name with the address key", () => {
    expect(throttleKeys("admin", "2001:db8:5:6::9")).toEqual({ pair: "admin|2001:db8:5:6::/64", address: "2001:db8:5:6::/64" });
  });
});
