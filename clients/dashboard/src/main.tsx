import { mountApp } from "@party/client-shared";
import { App } from "./app";

mountApp(<App />, { token: { colorPrimary: "#c41d1d", borderRadius: 4 } });
