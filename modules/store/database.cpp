// Implementation follows (store work in progress).
