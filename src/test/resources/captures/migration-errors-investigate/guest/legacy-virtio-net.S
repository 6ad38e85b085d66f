# Tiny boot sector: a legacy virtio-net driver just far enough to negotiate features (32 bits).
# Device at PCI 00:03.0 (addr=0x3). Reads host features (BAR0+0), writes them back as guest features
# (BAR0+4) minus VIRTIO_F_BAD_FEATURE, sets status ACK|DRIVER|DRIVER_OK (BAR0+18), then halts forever.
.code16
.globl _start
_start:
    cli
    xor %ax, %ax
    mov %ax, %ds
    # enable I/O + memory + bus master: config reg 0x04
    mov $0xcf8, %dx
    mov $0x80001804, %eax
    outl %eax, %dx
    mov $0xcfc, %dx
    mov $0x0007, %ax
    outw %ax, %dx
    # BAR0
    mov $0xcf8, %dx
    mov $0x80001810, %eax
    outl %eax, %dx
    mov $0xcfc, %dx
    inl %dx, %eax
    and $0xfffc, %ax
    mov %ax, %bx
    # status = ACK | DRIVER
    lea 18(%bx), %dx
    mov $3, %al
    outb %al, %dx
    # host features -> guest features
    mov %bx, %dx
    inl %dx, %eax
    # bit 30 is VIRTIO_F_BAD_FEATURE: offered only to catch drivers that accept everything blindly
    and $0xbfffffff, %eax
    lea 4(%bx), %dx
    outl %eax, %dx
    # status = ACK | DRIVER | DRIVER_OK
    lea 18(%bx), %dx
    mov $7, %al
    outb %al, %dx
    # leave a mark at 0x7e00 so that a debugger could see we got here
    movl $0x600dbeef, 0x7e00
1:  hlt
    jmp 1b
.org 510
.word 0xaa55
