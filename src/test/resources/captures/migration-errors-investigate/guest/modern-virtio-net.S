# Tiny boot sector: a modern (virtio 1.0) virtio-net driver just far enough to negotiate all 64 feature bits.
# Device at PCI 00:03.0; QEMU puts the common configuration at offset 0 of BAR4 (64-bit memory BAR).
# Switches to 32-bit protected mode (flat segments) to reach the BAR above 1 MiB, then halts forever.
.code16
.globl _start
_start:
    cli
    xor %ax, %ax
    mov %ax, %ds
    lgdt gdtr
    mov %cr0, %eax
    or $1, %eax
    mov %eax, %cr0
    ljmp $0x08, $pm
.code32
pm:
    mov $0x10, %ax
    mov %ax, %ds
    mov %ax, %es
    mov %ax, %ss
    # PCI command: I/O + memory + bus master
    mov $0xcf8, %dx
    mov $0x80001804, %eax
    out %eax, %dx
    mov $0xcfc, %dx
    mov $0x0007, %ax
    out %ax, %dx
    # BAR4 (config 0x20), low 32 bits; the firmware places it below 4 GiB in a small VM
    mov $0xcf8, %dx
    mov $0x80001820, %eax
    out %eax, %dx
    mov $0xcfc, %dx
    in %dx, %eax
    and $0xfffffff0, %eax
    mov %eax, %ebx
    movb $3, 0x14(%ebx)             # device_status = ACKNOWLEDGE | DRIVER
    movl $0, 0x00(%ebx)             # device_feature_select = 0
    mov 0x04(%ebx), %ecx            # device_feature (low)
    movl $1, 0x00(%ebx)             # device_feature_select = 1
    mov 0x04(%ebx), %esi            # device_feature (high)
    movl $0, 0x08(%ebx)             # driver_feature_select = 0
    mov %ecx, 0x0c(%ebx)            # driver_feature = everything offered (low)
    movl $1, 0x08(%ebx)             # driver_feature_select = 1
    mov %esi, 0x0c(%ebx)            # driver_feature = everything offered (high)
    movb $11, 0x14(%ebx)            # | FEATURES_OK
    movb $15, 0x14(%ebx)            # | DRIVER_OK
    movl $0x600dbeef, 0x7e00
    mov %ecx, 0x7e04
    mov %esi, 0x7e08
1:  hlt
    jmp 1b

.p2align 3
gdt:
    .quad 0
    .quad 0x00cf9a000000ffff        # 0x08: 32-bit code, base 0, limit 4 GiB
    .quad 0x00cf92000000ffff        # 0x10: 32-bit data, base 0, limit 4 GiB
gdtr:
    .word gdtr - gdt - 1
    .long gdt
.org 510
.word 0xaa55
