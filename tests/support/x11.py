"""Ask a window to close the way a window manager's close button does: a WM_DELETE_WINDOW
client message through the X server (libX11 via ctypes). Qt receives it as a *spontaneous*
close event, which a test cannot fake from inside the process."""

from __future__ import annotations

import ctypes
import ctypes.util


class _ClientMessage(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    )


class _XEvent(ctypes.Union):
    _fields_ = (("client", _ClientMessage), ("pad", ctypes.c_long * 24))


def wm_close(window: int) -> None:
    name = ctypes.util.find_library("X11")
    if not name:
        raise RuntimeError("libX11 not found")
    x = ctypes.CDLL(name)
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int)
    x.XSendEvent.argtypes = (
        ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(_XEvent)
    )  # fmt: skip
    x.XSync.argtypes = (ctypes.c_void_p, ctypes.c_int)
    x.XCloseDisplay.argtypes = (ctypes.c_void_p,)
    dpy = x.XOpenDisplay(None)
    if not dpy:
        raise RuntimeError("cannot open the X display")
    try:
        event = _XEvent()
        event.client.type = 33  # ClientMessage
        event.client.window = window
        event.client.message_type = x.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
        event.client.format = 32
        event.client.data[0] = x.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
        x.XSendEvent(dpy, window, 0, 0, ctypes.byref(event))
        x.XSync(dpy, 0)
    finally:
        x.XCloseDisplay(dpy)
